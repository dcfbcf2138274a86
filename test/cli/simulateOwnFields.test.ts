import { describe, expect, it } from "vitest";
import { runBin, runCli } from "./runCli.js";
import { withoutJobsNote } from "./jobsNote.js";

// simulate, portfolio and validate under a policy that declares its own fields
// (examples/policies/own-fields.json on examples/profiles/own-fields.ndjson).
// Each record is the typical profile (612 under the default policy, band D,
// limit 19,000 bound by spend 1.6 × 12,000) with queries6m and channel added.

const POLICY = "examples/policies/own-fields.json";
const PROFILES = "examples/profiles/own-fields.ndjson";
const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any

describe("simulate --policy examples/policies/own-fields.json", () => {
  it("scores the declared fields: every score, band and limit by hand", async () => {
    const r = await runCli(["simulate", PROFILES, "--policy", POLICY, "--format", "json", "--explain", "--lang", "en", "--start", "2026-01-15"]);
    expect([r.code, r.stderr]).toEqual([0, ""]); // no unknown-field warning: both fields are declared
    const offers = lines(r.stdout);
    expect(offers.map((o) => [o.id, o.decision, o.code, o.score, o.band, o.limit])).toEqual([
      // 612 + C11 (0 queries: < 1) 12 + C12 app 6 = 630: band C (≥ 620), spend 2.0 × 12,000 = 24,000
      ["app-few-queries", "approved", null, 630, "C", "24000.00"],
      // 612 + C11 (-1: its own set bin, not < 1's 12) 0 + C12 web 2 = 614: band D, 19,000
      ["web-no-report", "approved", null, 614, "D", "19000.00"],
      // 612 + C11 (6 ≥ 4) −10 + C12 tv (unseen: other) −4 = 598: band E (≥ 585), spend 1.3 × 12,000 = 15,600 → 15,500
      ["tv-many-queries", "approved", null, 598, "E", "15500.00"],
      // channel in [partner, agent]: knocked out by KO20
      ["partner", "declined", "KO20", null, null, null],
      // neither field: their missing points, 0 and 0
      ["nothing-declared", "approved", null, 612, "D", "19000.00"],
    ]);
    expect(offers[2]?.points.slice(10)).toEqual([
      { id: "C11", field: "queries6m", value: 6, points: -10, pointsLost: 22 },
      { id: "C12", field: "channel", value: "tv", points: -4, pointsLost: 10 },
    ]);
  });

  it("without the policy the two fields are unknown: warned of, and the scores are the default's", async () => {
    const r = await runCli(["simulate", PROFILES, "--format", "json", "--lang", "en", "--start", "2026-01-15"]);
    expect(r.stderr).toBe('warning: unknown field "queries6m" in 4 record(s), ignored\nwarning: unknown field "channel" in 4 record(s), ignored\n');
    expect(lines(r.stdout).map((o) => o.score)).toEqual([612, 612, 612, 612, 612]);
  });

  it("--strict under the policy still refuses a field no one declared", async () => {
    const record = JSON.stringify({ invited: true, age: 30, monthlyIncome: 10000, channel: "app", chanel: "web" });
    const r = await runCli(["simulate", "-", "--policy", POLICY, "--strict", "--format", "json"], {}, false, `${record}\n`);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", 'error: line 1: unknown field "chanel" (did you mean "channel"?)\n']);
  });

  it("a record breaking a declaration is its own error line", async () => {
    const records = [{ invited: true, age: 30, monthlyIncome: 10000, queries6m: 2.5 }, { invited: true, age: 30, monthlyIncome: 10000, queries6m: 100 }].map((x) => JSON.stringify(x)).join("\n");
    const r = await runCli(["simulate", "-", "--policy", POLICY, "--format", "json"], {}, false, `${records}\n`);
    expect(lines(r.stdout).map((o) => o.error)).toEqual(["field queries6m: expected an integer, got 2.5", "field queries6m: must be at most 99, got 100"]);
    expect(r.code).toBe(1);
  });

  it("--keep takes a declared field", async () => {
    const r = await runCli(["simulate", PROFILES, "--policy", POLICY, "--format", "json", "--keep", "channel", "--start", "2026-01-15"]);
    expect(lines(r.stdout).map((o) => o.input.channel)).toEqual(["app", "web", "tv", "partner", null]);
  });

  it("worker threads read the policy's declarations too: the same bytes for --jobs 1 and 2", () => {
    const args = ["simulate", PROFILES, "--policy", POLICY, "--format", "json", "--explain", "--start", "2026-01-15"];
    const one = runBin([...args, "--jobs", "1"]);
    const two = runBin([...args, "--jobs", "2"]);
    expect(one.stdout).toContain('"value":"tv"');
    expect([two.stdout, withoutJobsNote(two.stderr)]).toEqual([one.stdout, withoutJobsNote(one.stderr)]);
  });
});

describe("portfolio reads records under the policy's declarations", () => {
  it("no unknown-field warning, the knock-out on a declared field applies (4 of 5 approved)", async () => {
    const r = await runCli(["portfolio", PROFILES, "--policy", POLICY, "--format", "json", "--lang", "en"]);
    expect(r.stderr).not.toContain("unknown field");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"approved": ?4\b/);
  });

  it("under the default world a note says the world reads built-in fields and names --world; none with --world or -q", async () => {
    const r = await runCli(["portfolio", PROFILES, "--policy", POLICY, "--format", "json", "--lang", "en"]);
    expect(r.stderr).toContain("note: the default world draws each applicant's behaviour from built-in fields (zhimaScore, dsr, maxDpd24m, …); for records of your own fields give --world FITTED.json");
    const own = await runCli(["portfolio", PROFILES, "--policy", POLICY, "--world", POLICY, "--format", "json", "--lang", "en"]);
    expect(own.stderr).not.toContain("default world");
    const quiet = await runCli(["-q", "portfolio", PROFILES, "--policy", POLICY, "--format", "json"]);
    expect(quiet.stderr).toBe("");
    // The built-in policy declares no field: no note.
    const plain = await runCli(["portfolio", "examples/profiles/population.ndjson", "--format", "json"]);
    expect(plain.stderr).not.toContain("default world");
  });
});

describe("a near name for an unknown field", () => {
  it("a three-letter name gets one edit, not two: \"bad\" suggests nothing (it is two edits from \"id\"), \"aeg\" suggests age", async () => {
    const bad = await runCli(["simulate", PROFILES, "--keep", "bad", "--start", "2026-01-15"]);
    expect(bad.stderr).toMatch(/^error: --keep: unknown profile field "bad" \(fields: /);
    const aeg = await runCli(["simulate", PROFILES, "--keep", "aeg", "--start", "2026-01-15"]);
    expect(aeg.stderr).toBe('error: --keep: unknown profile field "aeg" (did you mean "age"?)\n');
  });
});

describe("validate reads records under the policy's declarations", () => {
  it("a category characteristic's stability by its levels, other and missing (2 app, 1 web, 2 unseen, 3 missing of 8)", async () => {
    const typical = { invited: true, age: 30, monthlyIncome: 10000, zhimaScore: 680, orders12m: 132, accountAgeMonths: 60 };
    const channels = ["app", "app", "web", "tv", "radio", undefined, undefined, undefined];
    const records = channels.map((channel, i) => JSON.stringify({ id: i, ...typical, ...(channel === undefined ? {} : { channel }), defaulted: i % 2 })).join("\n");
    const write = (await import("./tempFiles.js")).tempWriter("suishendai-ownvalidate-");
    const file = write("labelled.ndjson", `${records}\n`);
    const r = await runCli(["validate", file, "--target", "defaulted", "--policy", POLICY, "--baseline", file, "--format", "json"]);
    expect(r.stderr).not.toContain("unknown field");
    const c12 = JSON.parse(r.stdout).stability.characteristics.find((c: { id: string }) => c.id === "C12");
    expect(c12.bins.map((b: { label: string; actual: unknown }) => [b.label, Number(b.actual)])).toEqual([
      ["app", 0.25],
      ["web", 0.125],
      ["store", 0],
      ["other", 0.25],
      ["missing", 0.375],
    ]);
  });
});


describe("--set and --what-if on a field the policy declares", () => {
  it("--set channel=app and queries6m+=1 change every record by the declaration's bins", async () => {
    const r = await runCli(["simulate", PROFILES, "--policy", POLICY, "--format", "json", "--lang", "en", "--start", "2026-01-15", "--set", "channel=app", "--set", "queries6m+=1"]);
    // app (C12 +6) everywhere: app-few-queries 0+1 = 1 queries (bin [1, 4): 5 points, not 12) → 612 + 5 + 6 = 623 (band C, ≥ 620);
    // web-no-report −1+1 = 0 (< 1: 12) → 612 + 12 + 6 = 630 (C); tv-many-queries 7 (≥ 4: −10) → 608 (D);
    // partner: app is no longer knocked out → 612 + C11 + 6; nothing-declared: no queries6m to add to → its error.
    const offers = lines(r.stdout);
    expect(offers.slice(0, 3).map((o) => [o.id, o.score, o.band])).toEqual([
      ["app-few-queries", 623, "C"],
      ["web-no-report", 630, "C"],
      ["tv-many-queries", 608, "D"],
    ]);
    expect(offers[4]).toMatchObject({ id: "nothing-declared", error: "--set queries6m+=1: queries6m is missing in this record" });
  });

  it("a value the declaration refuses, and a near miss, are one clear line each", async () => {
    const bad = await runCli(["simulate", PROFILES, "--policy", POLICY, "--set", "queries6m=100", "--start", "2026-01-15"]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, "", "error: --set queries6m: must be at most 99, got 100\n"]);
    const near = await runCli(["simulate", PROFILES, "--policy", POLICY, "--set", "chanel=app", "--start", "2026-01-15"]);
    expect([near.code, near.stderr]).toEqual([2, 'error: --set: unknown profile field "chanel"; did you mean "channel"?\n']);
  });
});
