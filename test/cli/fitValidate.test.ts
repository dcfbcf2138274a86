import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { FitReportSchema, ValidateReportSchema } from "../../src/policy/reportSchemas.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

const write = tempWriter("suishendai-fit-");
const drawn = labelledProfiles(3000, 11) as Record<string, unknown>[];
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const labelled = write("labelled.ndjson", ndjson(drawn));
const EN = { LANG: "en_US.UTF-8" };

describe("fit", () => {
  it("writes a JSON report that meets its schema, with the fitted policy inside", async () => {
    const r = await runCli(["fit", labelled, "--format", "json"], EN);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(r.stdout));
    expect(report.records).toEqual({ used: 3000, invalid: 0 });
    // 70/30 within each class: the holdout and train add up to every record.
    expect(report.metrics.train.records + report.metrics.holdout.records).toBe(3000);
    expect(report.policy.scorecard.characteristics.length).toBe(report.characteristics.filter((c) => c.kept).length);
  });

  it("gives the same bytes on a second run with the same seed, other bytes with another seed", async () => {
    const a = await runCli(["fit", labelled, "--format", "json", "--seed", "5"]);
    const b = await runCli(["fit", labelled, "--format", "json", "--seed", "5"]);
    const c = await runCli(["fit", labelled, "--format", "json", "--seed", "6"]);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("--out writes the policy alone; simulate and policy load it", async () => {
    const out = write("fitted.json", "");
    const r = await runCli(["fit", labelled, "--out", out, "--lang", "en"], EN);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`note: fitted policy written to ${out}\n`);
    expect(r.stdout).toMatch(/Information value \(IV\)/);
    // the IV chart: one bar a characteristic, the largest first and 40 cells long
    expect(r.stdout).toMatch(/C02 maxDpd24m │█{40} 0\.\d{4}\n/);
    const policy = JSON.parse(readFileSync(out, "utf8"));
    expect(policy.name).toBe("suishendai default policy (fitted)");
    const sim = await runCli(["simulate", "examples/profiles/typical.json", "--policy", out, "--format", "json"]);
    expect(sim.code).toBe(0);
    expect(JSON.parse(sim.stdout).decision).toMatch(/approved|declined/);
    expect((await runCli(["policy", "--policy", out])).code).toBe(0);
  });

  it("joins outcomes by id from --outcomes: the same report as the field in the profiles", async () => {
    const profiles = write("profiles.ndjson", ndjson(drawn.map(({ defaulted: _, ...p }) => p)));
    const outcomes = write("outcomes.ndjson", ndjson([...drawn].reverse().map((p) => ({ id: p.id, defaulted: p.defaulted }))));
    const joined = await runCli(["fit", profiles, "--outcomes", outcomes, "--format", "json"], { LANG: "en_US.UTF-8" });
    const own = await runCli(["fit", labelled, "--format", "json"]);
    expect(joined.code).toBe(0);
    expect(joined.stdout).toBe(own.stdout);
  });

  it("profiles with no outcome in --outcomes (applicants portfolio did not book) are counted in a note, not errors", async () => {
    const profiles = write("profiles-all.ndjson", ndjson(drawn.map(({ defaulted: _, ...p }) => p)));
    const booked = drawn.filter((_, i) => i % 3 !== 0); // every third applicant not booked: no outcome line
    const outcomes = write("outcomes-some.ndjson", ndjson(booked.map((p) => ({ id: p.id, defaulted: p.defaulted }))));
    const joined = await runCli(["fit", profiles, "--outcomes", outcomes, "--format", "json"], { LANG: "en_US.UTF-8" });
    const onlyBooked = await runCli(["fit", write("booked.ndjson", ndjson(booked)), "--format", "json", "-q"]);
    expect(joined.code).toBe(0);
    // The note wraps at 80 columns, continuations indented.
    expect(joined.stderr.replace(/\n  /g, " ")).toBe(`note: ${drawn.length - booked.length} profile(s) of ${profiles} have no outcome in ${outcomes} (not booked?): left out\n`);
    expect(joined.stdout).toBe(onlyBooked.stdout);
  });

  it("reports records it cannot use by line, writes the result of the others, and exits 1", async () => {
    const lines = ndjson(drawn).split("\n");
    lines[4] = "{not json";
    lines[9] = lines[9]!.replace(/"defaulted":\d/, '"defaulted":"yes"');
    const file = write("some-bad.ndjson", lines.join("\n"));
    const r = await runCli(["fit", file, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).records).toEqual({ used: 2998, invalid: 2 });
    const err = r.stderr.trimEnd().split("\n");
    expect(err[0]).toMatch(/^error: .*some-bad\.ndjson line 5: invalid JSON/);
    expect(err[1]).toMatch(/^error: .*line 10: field defaulted: expected 0 or 1, got "yes" \("0"\/"1" and true\/false read too; --bad VALUE: that value is bad, any other good\)$/);
    expect(err[2]).toMatch(/^error: 2 record\(s\) of .*some-bad\.ndjson left out$/);
    expect(err).toHaveLength(3);
  });
});

describe("validate", () => {
  it("measures a policy; against itself as baseline every PSI is 0 and stable", async () => {
    const r = await runCli(["validate", labelled, "--baseline", labelled, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = ValidateReportSchema.parse(JSON.parse(r.stdout));
    expect(report.policy).toBe("suishendai default policy");
    expect(report.metrics.records).toBe(3000);
    // The same population on both sides: a = e in every bin, so each term (a − e) ln(a/e) is 0.
    expect(report.stability?.score).toMatchObject({ psi: 0, flag: "stable" });
    expect(report.stability?.characteristics.every((c) => c.psi === 0)).toBe(true);
  });

  it("flags a shifted characteristic against another population", async () => {
    // Every baseline applicant has Zhima 800 (one bin, ≥750 in the built-in policy); the data spread over five.
    const baseline = write("baseline.ndjson", ndjson(drawn.slice(0, 500).map((p) => ({ ...p, zhimaScore: 800 }))));
    const r = await runCli(["validate", labelled, "--baseline", baseline, "--format", "json"]);
    const c01 = JSON.parse(r.stdout).stability.characteristics.find((c: { id: string }) => c.id === "C01");
    expect(c01.flag).toBe("shifted");
  });

  it("reports a baseline record it cannot use by line, and exits 1 after the report", async () => {
    const baseline = write("baseline-bad.ndjson", `${ndjson(drawn.slice(0, 100))}{"age":"old"}\n`);
    const r = await runCli(["validate", labelled, "--baseline", baseline, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).stability.baseline).toEqual({ records: 100, invalid: 1 });
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/baseline-bad\.ndjson line 101: field invited: is required/), expect.stringMatching(/^error: 1 record\(s\) of .*baseline-bad\.ndjson left out$/)]);
  });

  it("draws a table for people", async () => {
    const r = await runCli(["validate", labelled, "--lang", "en"], EN);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^validate: suishendai default policy on 3000 records, target defaulted/);
    expect(r.stdout).toMatch(/below cutoff/);
  });
});

describe("fit and validate refuse input they cannot measure (exit 2, one line)", () => {
  const first = drawn.slice(0, 40);
  const cases: [string, string[], RegExp][] = [
    ["no outcome field", ["fit", write("no-target.ndjson", ndjson(first.map(({ defaulted: _, ...p }) => p)))], /no usable record .*line 1: field defaulted: is required.*--target/],
    ["an outcome that is not 0/1", ["fit", write("not01.ndjson", ndjson(first.map((p) => ({ ...p, defaulted: "no" }))))], /line 1: field defaulted: expected 0 or 1, got "no"/],
    ["no records", ["fit", write("empty.ndjson", "")], /input: no record found in/],
    ["one class only", ["fit", write("goods.ndjson", ndjson(first.map((p) => ({ ...p, defaulted: 0 }))))], /every record has defaulted = 0; fit needs at least 10 of each/],
    ["one class only (validate)", ["validate", write("bads.ndjson", ndjson(first.map((p) => ({ ...p, defaulted: 1 }))))], /every record has defaulted = 1; validate needs at least 1 of each/],
    ["a policy file that is not a policy", ["fit", labelled, "--policy", write("bad-policy.json", "{}")], /policy .*bad-policy\.json: /],
    ["--out naming the input", ["fit", labelled, "--out", labelled], /--out .*: is the input file/],
    ["a --seed that is no number", ["fit", labelled, "--seed", "x"], /--seed: expected a whole number/],
    ["an --outcomes file with an id twice", ["fit", labelled, "--outcomes", write("twice.ndjson", '{"id":1,"defaulted":0}\n{"id":1,"defaulted":1}\n')], /--outcomes .*line 2: id 1 appears twice/],
  ];
  it.each(cases)("%s", async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.stderr).toMatch(message);
    expect([r.code, r.stdout, r.stderr.startsWith("error: "), r.stderr.trimEnd().split("\n").length]).toEqual([2, "", true, 1]);
  });

  it("a --policy file that does not exist is an I/O fault, as in every command: exit 1, one line", async () => {
    const r = await runCli(["fit", labelled, "--policy", "no/such/policy.json"]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toMatch(/^error: --policy: cannot read no\/such\/policy\.json: .*\n$/);
  });
});
