import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-portfolio-");
const small = write("small.ndjson", `${population(400).join("\n")}\n`);
const DEFAULT_POLICY = readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8");
const json = async (argv: string[]) => {
  const r = await runCli(["portfolio", small, "--format", "json", ...argv]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe("portfolio: bad options are one line, exit 2, nothing on stdout", () => {
  it.each([
    [["--sweep", "cutoff=520:700"], /^error: --sweep: expected PATH=FROM:TO:STEP/],
    [["--sweep", "cutof=520:700:10"], /^error: --sweep: the policy has no "cutof".*did you mean "cutoff"\?/],
    [["--sweep", "cutoff=520:700:0.5"], /^error: --sweep: 520:700:0.5 gives 361 values; at most 200/],
    [["--sweep", "bands.B.apr=-2:0:1"], /^error: --sweep bands.B.apr=-2: makes an invalid policy: bands\[1\].apr/],
    [["--economics", "takeup=0.5"], /^error: --economics: unknown key "takeup"; did you mean "takeUp"\?/],
    [["--economics", "takeUp=1.5"], /^error: --economics takeUp=1.5: economics.takeUp: must be at most 1/],
    [["--runs", "0"], /^error: --runs: expected a whole number from 1 to 1000, got "0"/],
    [["--npl-target", "two"], /^error: --npl-target: expected a share/],
  ])("%j", async (argv, message) => {
    expectUsageError(await runCli(["portfolio", small, ...argv]), message);
  });
});

describe("portfolio: what the book gives", () => {
  it("a challenger identical to the champion draws the same: the same totals, and every approved applicant in 'both'", async () => {
    const same = write("same.json", DEFAULT_POLICY);
    const r = await json(["--challenger", same, "--runs", "3"]);
    expect(r.books[1].totals).toEqual(r.books[0].totals);
    const cells = Object.fromEntries(r.swap.map((c: { cell: string; count: number }) => [c.cell, c.count]));
    expect(cells).toEqual({ both: r.books[0].totals.approved, championOnly: 0, challengerOnly: 0, neither: 400 - r.books[0].totals.approved });
  });

  it("a stricter challenger only takes applicants away, and the cells add up to the applicants", async () => {
    const strict = write("strict.json", DEFAULT_POLICY.replace('"cutoff": { "minScore": 550', '"cutoff": { "minScore": 600'));
    const r = await json(["--challenger", strict]);
    const count = (cell: string) => r.swap.find((c: { cell: string }) => c.cell === cell).count;
    expect(count("challengerOnly")).toBe(0);
    expect(count("both") + count("championOnly")).toBe(r.books[0].totals.approved);
    expect(count("both")).toBe(r.books[1].totals.approved);
    expect(count("both") + count("championOnly") + count("challengerOnly") + count("neither")).toBe(400);
  });

  it("--sweep cutoff runs one book per value (cutoff means cutoff.minScore) and marks the first over the NPL target", async () => {
    const r = await json(["--sweep", "cutoff=560:620:30", "--npl-target", "0.1%"]);
    expect(r.sweep.path).toBe("cutoff");
    expect(r.sweep.points.map((p: { value: string }) => p.value)).toEqual(["560", "590", "620"]);
    expect(r.books.map((b: { sweepValue: string }) => b.sweepValue)).toEqual(["560", "590", "620"]);
    expect(r.nplTarget).toBe("0.0010");
    // A higher cutoff approves no more.
    const rates = r.sweep.points.map((p: { approvalRate: string }) => Number(p.approvalRate));
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
    const first = r.sweep.points.find((p: { overTarget: boolean }) => p.overTarget);
    expect(r.sweep.firstOverTarget).toBe(first ? first.value : null);
    for (const p of r.sweep.points) expect(p.overTarget).toBe(Number(p.steadyStateNpl) > 0.001);
  });

  it("--runs N gives means and 5–95% ranges that hold the mean", async () => {
    const r = await json(["--runs", "20", "--seed", "9"]);
    const { totals, ranges } = r.books[0];
    expect(Number(ranges.bookedAmount.p5)).toBeLessThanOrEqual(Number(totals.bookedAmount));
    expect(Number(ranges.bookedAmount.p95)).toBeGreaterThanOrEqual(Number(totals.bookedAmount));
    expect(Number(ranges.booked.p5)).toBeLessThan(Number(ranges.booked.p95));
  });

  it("--economics takeUp=0 books nothing; takeUp=1 books every approved applicant", async () => {
    expect((await json(["--economics", "takeUp=0"])).books[0].totals.booked).toBe(0);
    const all = (await json(["--economics", "takeUp=1"])).books[0].totals;
    expect(all.booked).toBe(all.approved);
  });

  it("names the first invalid records on stderr after the result, and exits 1", async () => {
    const bad = write("bad.ndjson", `${population(3).join("\n")}\n{"id":"x1","age":"old"}\nnot json\n`);
    const r = await runCli(["portfolio", bad, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).invalid).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^error: line 4 \(id "x1"\): /);
    expect(lines[1]).toMatch(/^error: line 5: invalid JSON/);
    expect(lines[2]).toBe("error: 2 invalid record(s); each is named above, by line");
  });

  it("--format ndjson: one line per month", async () => {
    const r = await runCli(["portfolio", small, "--format", "ndjson"]);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.month)).toEqual(Array.from({ length: lines.length }, (_, k) => k));
    expect(lines[0].role).toBe("champion");
  });
});

describe("merge", () => {
  it("refuses parts of different runs, naming both files", async () => {
    const a = await runCli(["portfolio", small, "--partial", "--seed", "1"]);
    const b = await runCli(["portfolio", small, "--partial", "--seed", "2"]);
    const [fa, fb] = [write("a.json", a.stdout), write("b.json", b.stdout)];
    expectUsageError(await runCli(["merge", fa, fb]), new RegExp(`^error: merge: ${fb} and ${fa} are parts of different runs`));
  });

  it("refuses a file that is not a part", async () => {
    expectUsageError(await runCli(["merge", small]), /^error: merge: .* is not a part written by portfolio --partial/);
  });

  it("one part merged alone gives the run's own bytes", async () => {
    const whole = await runCli(["portfolio", small, "--format", "json", "--runs", "2"]);
    const part = await runCli(["portfolio", small, "--partial", "--runs", "2"]);
    const merged = await runCli(["merge", write("one.json", part.stdout), "--format", "json"]);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it("an empty shard is an empty part: merged with the rest it changes nothing", async () => {
    const whole = await runCli(["portfolio", small, "--format", "json"]);
    const part = await runCli(["portfolio", small, "--partial"]);
    const empty = await runCli(["portfolio", write("empty.ndjson", ""), "--partial"]);
    expect(empty.code).toBe(0);
    const merged = await runCli(["merge", write("full.json", part.stdout), write("none.json", empty.stdout), "--format", "json"]);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it("without --partial an empty input is still an error", async () => {
    expectUsageError(await runCli(["portfolio", write("empty2.ndjson", "")]), /^error: input: no profile found in /);
  });
});

describe("portfolio: loans are exact integers of 分", () => {
  it("refuses a policy whose largest loan could pass the exact range", async () => {
    const huge = write("huge.json", DEFAULT_POLICY.replace('"productMax": 50000', '"productMax": 2000000000'));
    expectUsageError(await runCli(["portfolio", small, "--policy", huge]), /^error: policy "suishendai default policy": limit.productMax 2000000000 is above 1000000000 CNY/);
  });
});

describe("merge counts each part once", () => {
  it("refuses the same part given twice", async () => {
    const part = write("twice.json", (await runCli(["portfolio", small, "--partial"])).stdout);
    expectUsageError(await runCli(["merge", part, part]), /^error: merge: .*twice.json is the same file as .*twice.json; give each part once/);
  });
});
