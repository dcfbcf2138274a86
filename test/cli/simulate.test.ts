import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempWriter } from "./tempFiles.js";
import { jsonSchemas } from "../../src/policy/jsonSchemas.js";
import { runBin, runCli } from "./runCli.js";
import { withoutJobsNote } from "./jobsNote.js";

const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const examples = fileURLToPath(new URL("../../examples/profiles/", import.meta.url));
const write = tempWriter("suishendai-sim-");

describe("simulate: one profile", () => {
  it("prints the spec's offer as JSON", async () => {
    const r = await runCli(["simulate", "-", "--format", "json"], {}, false, JSON.stringify(typical));
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o).toMatchObject({ id: "t", decision: "approved", code: null, score: 612, pd: "0.0130", band: "D", apr: "12.7750", dailyRate: "0.0350", limit: "19000.00", bindingConstraint: "spend", knockouts: [] });
    // Zhima 680 is in 650–700 (0 points); the best bin, ≥ 750, scores 28: 28 − 0 = 28 more.
    expect(o.reasons[0]).toEqual({ code: "R01", text: "芝麻分 680：≥750 档多得 28 分", pointsLost: 28 });
    expect(o).not.toHaveProperty("points");
  });

  it("reads a pretty-printed file and shows a readable view in English", async () => {
    const r = await runCli(["simulate", join(examples, "typical.json"), "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const text of ["Profile typical: approved", "Score 612", "Band D", "APR 12.7750% · 0.0350% a day", "Limit CNY 19,000.00 (bound by spending)", "1,695.02", "R01 Zhima score 680: ≥ 750 scores 28 more (−28)", "Requested CNY 10,000.00 over 9 terms: CNY 1,171.09 a month"]) {
      expect(r.stdout).toContain(text);
    }
  });

  it("--explain adds the points, --set changes a field for a what-if", async () => {
    const r = JSON.parse((await runCli(["simulate", "-", "--format", "json", "--explain", "--set", "zhimaScore=760"], {}, false, JSON.stringify(typical))).stdout);
    // 760 scores +28 instead of 0: 612 + 28 = 640 → band B at 9.125%
    expect([r.score, r.band, r.apr]).toEqual([640, "B", "9.1250"]);
    expect(r.points[0]).toEqual({ id: "C01", field: "zhimaScore", value: 760, points: 28, pointsLost: 0 });
  });

  it("ignores __proto__ and constructor keys", async () => {
    const evil = `{"__proto__":{"invited":false,"polluted":1},"constructor":{"prototype":{"x":1}},${JSON.stringify(typical).slice(1)}`;
    const r = JSON.parse((await runCli(["simulate", "-", "--format", "json"], {}, false, evil)).stdout);
    expect([r.decision, r.score]).toEqual(["approved", 612]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["wrong type", { ...typical, age: "abc" }, /^error: line 1: field age: expected an integer, got "abc"\n$/],
    ["out of range", { ...typical, zhimaScore: 1000 }, /^error: line 1: field zhimaScore: must be at most 950, got 1000\n$/],
    ["a fraction above 1", { ...typical, refundRate12m: 1.5 }, /field refundRate12m: must be at most 1, got 1.5/],
    ["a required field missing", { invited: true, age: 30 }, /field monthlyIncome: is required/],
  ])("a bad single profile (%s) exits 2 with one line", async (_name, profile, message) => {
    const r = await runCli(["simulate", "-"], {}, false, JSON.stringify(profile));
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
  });

  it("invalid JSON in a single document exits 2", async () => {
    const r = await runCli(["simulate", "-"], {}, false, "{\n  \"invited\": true,\n");
    expect([r.code, r.stdout]).toEqual([2, ""]);
    // the input ends on line 2 after "true," (19 characters): cut off there
    expect(r.stderr).toBe("error: invalid JSON: line 2, column 19: the text ends before the JSON value is complete (unexpected end of input: truncated?)\n");
  });
});

describe("simulate: many profiles", () => {
  it("keeps every line in input order with error records in place; exit 1", async () => {
    const input = [JSON.stringify(typical), "{broken", "", JSON.stringify({ ...typical, id: 9, age: 12 }), JSON.stringify({ id: "x", invited: true, age: "old", monthlyIncome: 1 })].join("\n");
    const r = await runCli(["simulate", "-"], {}, false, input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].decision).toBe("approved");
    expect(lines[1]).toMatchObject({ line: 2, id: null });
    expect(lines[1].error).toMatch(/^invalid JSON/);
    expect([lines[2].id, lines[2].code]).toEqual([9, "KO03"]);
    expect(lines[3]).toEqual({ line: 5, id: "x", error: 'field age: expected an integer, got "old"' });
    expect(r.stderr).toMatch(/2 invalid record\(s\)/);
  });

  it("reads a JSON array as a batch, line = position in the array", async () => {
    const r = await runCli(["simulate", "-"], {}, false, JSON.stringify([typical, { ...typical, invited: "yes" }]));
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect([lines.length, lines[0].score, lines[1].line, r.code]).toEqual([2, 612, 2, 1]);
  });

  it("splits lines correctly across arbitrary chunk boundaries", async () => {
    const text = Array.from({ length: 50 }, (_, i) => JSON.stringify({ ...typical, id: i })).join("\r\n") + "\r\n";
    const chunks = text.match(/[\s\S]{1,37}/g) ?? [];
    const r = await runCli(["simulate", "-"], {}, false, chunks);
    const ids = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("streams the 3,000-profile example in order, byte-identical across runs", async () => {
    const file = join(examples, "population.ndjson");
    const a = await runCli(["simulate", file]);
    const b = await runCli(["simulate", file]);
    const inIds = readFileSync(file, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id);
    expect(a.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(inIds);
    expect(a.stdout).toBe(b.stdout);
    expect(a.code).toBe(0);
  });

  it("summarizes a batch on stderr, as text or JSON", async () => {
    const input = [typical, { ...typical, id: 2, invited: false }, { ...typical, id: 3, zhimaScore: 760 }].map((p) => JSON.stringify(p)).join("\n");
    const r = await runCli(["simulate", "-", "--summary", "--summary-format", "json"], {}, false, input);
    const s = JSON.parse(r.stderr);
    expect([s.records, s.invalid, s.byDecision, s.byCode]).toEqual([3, 0, { approved: 2, declined: 0, not_invited: 1 }, { KO01: 1 }]);
    expect(s.approvalRate).toBe("0.6667");
    // Approvals (by hand): 612 → band D 12.775%, limit 19,000, PD 0.0130232;
    // 640 → band B 9.125%, limit = capacity PV(9.125%/12, 12, 2,500) = 28,568.34 → 28,500, PD 0.0049751.
    // EL = 0.9 × (19,000 × 0.0130232 + 28,500 × 0.0049751) = 350.31, 0.7375% of 47,500.
    expect([s.apr, s.limit]).toEqual([{ mean: "10.9500", median: "10.9500" }, { mean: "23750.00", median: "23750.00", total: "47500.00" }]);
    expect([s.expectedLoss, s.expectedLossShare]).toEqual(["350.31", "0.0074"]);
    const text = await runCli(["simulate", "-", "--summary", "--lang", "en"], {}, false, input);
    expect(text.stderr).toMatch(/records 3 · invalid 0 · approved 2/);
  });
});

describe("policies", () => {
  it("prints the built-in policy, and a printed policy loads back unchanged", async () => {
    const printed = await runCli(["policy"]);
    const policy = JSON.parse(printed.stdout);
    expect(policy.bands.map((b: { band: string }) => b.band)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    const path = write("copy.json", printed.stdout);
    expect((await runCli(["policy", "--policy", path])).stdout).toBe(printed.stdout);
  });

  it("a custom policy changes the offer", async () => {
    const policy = JSON.parse((await runCli(["policy"])).stdout);
    policy.bands[3].apr = 15;
    const path = write("d15.json", JSON.stringify(policy));
    const o = JSON.parse((await runCli(["simulate", "-", "--policy", path, "--format", "json"], {}, false, JSON.stringify(typical))).stdout);
    expect(o.apr).toBe("15.0000");
  });

  it.each([
    ["a band with a text APR", (p: any) => (p.bands[2].apr = "ten"), /bands\[2\]\.apr: expected a number, got "ten"/],
    ["bands out of order", (p: any) => (p.bands[1].minScore = 700), /bands\[1\]\.minScore: must be below bands\[0\]\.minScore/],
    ["a missing section", (p: any) => delete p.pricing, /pricing: is required/],
    ["an unknown rule field", (p: any) => (p.knockouts[0].field = "shoeSize"), /knockouts\[0\]\.field: expected one of/],
  ])("a broken policy (%s) exits 2 naming the path", async (_name, breakIt, message) => {
    const policy = JSON.parse((await runCli(["policy"])).stdout);
    breakIt(policy);
    const r = await runCli(["simulate", "-", "--policy", write("bad.json", JSON.stringify(policy))], {}, false, JSON.stringify(typical));
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("the published JSON Schemas match the definitions the code validates with", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const file = JSON.parse(readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), "utf8"));
      expect(file, `schema/${name}.schema.json is stale: run npm run schemas`).toEqual(schema);
    }
  });
});

describe("simulate: bad arguments", () => {
  it.each([
    ["an unknown --set field", ["simulate", "-", "--set", "shoeSize=42"], /--set: unknown profile field "shoeSize"/],
    ["a malformed --set", ["simulate", "-", "--set", "zhimaScore"], /--set: expected field=value/],
    ["empty input", ["simulate", "-"], /input: no profile found/],
  ])("%s", async (_name, argv, message) => {
    const r = await runCli(argv as string[]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
  });
});

describe("simulate: shapes that look alike", () => {
  it("two broken NDJSON lines are two error records, not one broken document", async () => {
    const r = await runCli(["simulate", "-"], {}, false, "{broken\n{broken\n");
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect([r.code, lines.map((l) => l.line)]).toEqual([1, [1, 2]]);
  });
});

describe("simulate --jobs", () => {
  it("gives the same bytes with 1, 2 and 3 worker threads (the built binary)", () => {
    // the example population's first 600 profiles: three worker tasks of 250 (the last one 100)
    const file = write("six-hundred.ndjson", `${readFileSync(join(examples, "population.ndjson"), "utf8").split("\n").slice(0, 600).join("\n")}\n`);
    const one = runBin(["simulate", file, "--jobs", "1", "--explain", "--lang", "en", "--start", "2026-01-15"]);
    expect(one.code).toBe(0);
    for (const jobs of ["2", "3"]) {
      const many = runBin(["simulate", file, "--jobs", jobs, "--explain", "--lang", "en", "--start", "2026-01-15"]);
      expect([many.code, many.stdout === one.stdout]).toEqual([0, true]);
    }
  });

  it("keeps error records in place and the summary exact across workers", () => {
    const lines = readFileSync(join(examples, "population.ndjson"), "utf8").trimEnd().split("\n").slice(0, 1000);
    lines.splice(300, 0, "{broken");
    lines.splice(700, 0, '{"id":"bad","invited":true,"age":"x","monthlyIncome":1}');
    const file = write("mixed.ndjson", `${lines.join("\n")}\n`);
    const one = runBin(["simulate", file, "--jobs", "1", "--summary", "--summary-format", "json"]);
    const two = runBin(["simulate", file, "--jobs", "2", "--summary", "--summary-format", "json"]);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(withoutJobsNote(two.stderr).split("\n")[0]!)).toEqual(JSON.parse(one.stderr.split("\n")[0]!));
    expect(JSON.parse(two.stdout.split("\n")[300]!).line).toBe(301);
  });
});
