import { createReadStream, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { FitReportSchema, ValidateReportSchema } from "../../src/policy/reportSchemas.js";
import { textWidth } from "../../src/views/textWidth.js";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// The performance tables of fit and validate, and --scores: each record scored as simulate scores it.

const write = tempWriter("suishendai-fit-scores-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
type Drawn = Record<string, unknown> & { id: string; defaulted: 0 | 1 };
const drawn = labelledProfiles(800, 4) as Drawn[];
const labelled = write("labelled.ndjson", ndjson(drawn));
const recent = write("recent.ndjson", ndjson(labelledProfiles(500, 9)));

/** The area under ROC points by the trapezoid rule. */
const trapezoid = (roc: readonly { fpr: number; tpr: number }[]) => roc.slice(1).reduce((area, p, i) => area + ((p.fpr - roc[i]!.fpr) * (p.tpr + roc[i]!.tpr)) / 2, 0);

describe("fit and validate report the performance tables", () => {
  it("fit: on the holdout; the gains table sums to it, the ROC points' trapezoid area is the holdout AUC", async () => {
    const r = await runCli(["fit", labelled, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(r.stdout));
    const holdout = report.metrics.holdout;
    expect(report.gains.reduce((s, g) => s + g.records, 0)).toBe(holdout.records);
    expect(report.gains.reduce((s, g) => s + g.bads, 0)).toBe(holdout.bads);
    expect([report.gains.at(-1)!.cumBads, report.gains.at(-1)!.cumGoods]).toEqual([1, 1]);
    expect(Number(trapezoid(report.roc).toFixed(4))).toBe(holdout.auc);
    expect([report.roc[0], report.roc.at(-1)!.fpr, report.roc.at(-1)!.tpr]).toEqual([{ fpr: 0, tpr: 0, score: null }, 1, 1]);
    expect(report.scoreDistribution.reduce((s, d) => s + d.goods + d.bads, 0)).toBe(holdout.records);
  });

  it("validate: on every record, with the PSI by the baseline's score deciles beside the bands'", async () => {
    const r = await runCli(["validate", recent, "--baseline", labelled, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = ValidateReportSchema.parse(JSON.parse(r.stdout));
    expect(report.gains.reduce((s, g) => s + g.records, 0)).toBe(500);
    expect(Number(trapezoid(report.roc).toFixed(4))).toBe(report.metrics.auc);
    const deciles = report.stability!.psiByScoreDecile;
    expect(deciles.bins.reduce((s, b) => s + b.psi, 0)).toBeCloseTo(deciles.psi, 3);
    expect(deciles.bins.reduce((s, b) => s + b.expected, 0)).toBeCloseTo(1, 3);
  });

  it.each([["en", "gains by score decile"], ["zh", "按分数十分位的 Gains 表"]])("the table views in %s fit 80 columns", async (lang, title) => {
    for (const argv of [["fit", labelled], ["validate", recent, "--baseline", labelled]]) {
      const r = await runCli([...argv, "--lang", lang, "-q"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(title);
      for (const line of r.stdout.split("\n")) expect(textWidth(line), line).toBeLessThanOrEqual(80);
    }
  });
});

describe("fit --scores", () => {
  it("writes every record's score and PD as simulate gives them under the fitted policy, and its set", async () => {
    const out = write("fitted.json", "");
    const scores = write("scores.ndjson", "");
    const r = await runCli(["fit", labelled, "--out", out, "--scores", scores, "--format", "json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(r.stdout);
    const rows = readFileSync(scores, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(drawn.map((d) => d.id));
    expect(rows.map((x) => x.target)).toEqual(drawn.map((d) => d.defaulted));
    expect(rows.filter((x) => x.set === "train").length).toBe(report.metrics.train.records);
    expect(rows.filter((x) => x.set === "holdout").length).toBe(report.metrics.holdout.records);
    const sim = await runCli(["simulate", labelled, "--policy", out, "--format", "json", "--explain", "-q"]);
    expect(sim.code).toBe(0);
    const offers = new Map(sim.stdout.trimEnd().split("\n").map((l) => JSON.parse(l)).map((o) => [o.id, o]));
    for (const row of rows) {
      const offer = offers.get(row.id);
      expect(row.score).toBe(offer.score);
      expect(row.pd).toBe(Number(offer.pdExact));
      expect(row.pd.toFixed(4)).toBe(offer.pd);
      // simulate gives a band to a score it does not decline under the cut-off
      if (offer.code !== "DEC01" && offer.code !== "DEC02") expect(row.band).toBe(offer.band);
      else expect(row.band).toBeNull();
    }
    // the holdout rows rank as the report says: an AUC by counting pairs, independent of the engine's
    const hold = rows.filter((x) => x.set === "holdout");
    let pairs = 0;
    for (const good of hold.filter((x) => x.target === 0)) for (const bad of hold.filter((x) => x.target === 1)) pairs += good.score > bad.score ? 1 : good.score === bad.score ? 0.5 : 0;
    expect(Number((pairs / (report.metrics.holdout.records - report.metrics.holdout.bads) / report.metrics.holdout.bads).toFixed(4))).toBe(report.metrics.holdout.auc);
  });

  it("refuses the input, --policy or --out as --scores (exit 2), and a missing directory before the fit (exit 1)", async () => {
    const text = readFileSync(labelled, "utf8");
    const policy = write("base.json", readFileSync("src/policy/default-policy.json", "utf8"));
    for (const [argv, what] of [
      [[labelled, "--scores", labelled], "input"],
      [[labelled, "--policy", policy, "--scores", policy], "--policy"],
      [[labelled, "--out", write("o.json", ""), "--scores", write("o.json", "")], "--out"],
    ] as const) {
      const r = await runCli(["fit", ...argv]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(new RegExp(`^error: --scores .*: is the ${what} file; write the scores to another file\\n$`));
    }
    expect(readFileSync(labelled, "utf8")).toBe(text);
    const missing = await runCli(["fit", labelled, "--scores", "/nonexistent/d/s.csv"]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([1, "", "error: --scores: cannot write /nonexistent/d/s.csv: no such directory\n"]);
    const dash = await runCli(["fit", labelled, "--scores", "-"]);
    expect([dash.code, dash.stdout, dash.stderr]).toEqual([2, "", "error: --scores -: give a file name (stdout holds the report); .csv writes CSV, any other name NDJSON\n"]);
  });
});

describe("validate --scores", () => {
  // ids that need quoting in CSV, a number id and a record without one
  const tricky = ["a,b", 'say "hi"', "two\nlines", 17, undefined];
  const records = (labelledProfiles(40, 5) as Drawn[]).map((p, i) => {
    const { id: _, ...rest } = p;
    return i < tricky.length ? (tricky[i] === undefined ? rest : { id: tricky[i], ...rest }) : p;
  });
  const input = write("tricky.ndjson", ndjson(records));

  it("CSV: a header, RFC 4180 quoting, an empty cell for a missing id or band, the PD to 10 places", async () => {
    const csv = write("scores.csv", "");
    const r = await runCli(["validate", input, "--scores", csv, "--format", "json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const sim = (await runCli(["simulate", input, "--format", "json", "--explain", "-q"])).stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    const quoted = ['"a,b"', '"say ""hi"""', '"two\nlines"', "17", ""];
    const expected = records.map((p, i) => {
      const o = sim[i];
      const band = o.code === "DEC01" || o.code === "DEC02" ? "" : o.band;
      return `${i < quoted.length ? quoted[i] : p.id},${o.score},${o.pdExact},${band},${p.defaulted}\r\n`;
    });
    expect(readFileSync(csv, "utf8")).toBe(`id,score,pd,band,target\r\n${expected.join("")}`);
  });

  it("NDJSON for any other name: the same values, a null id where there is none, no set", async () => {
    const file = write("scores.jsonl", "");
    expect((await runCli(["validate", input, "--scores", file, "-q"])).code).toBe(0);
    const rows = readFileSync(file, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(rows.slice(0, 5).map((x) => x.id)).toEqual(["a,b", 'say "hi"', "two\nlines", 17, null]);
    expect(Object.keys(rows[0])).toEqual(["id", "score", "pd", "band", "target"]);
    // the PD from the policy's scaling by hand: 1 ÷ (1 + e^((score − offset) ÷ factor)), factor = pdo ÷ ln 2
    const { points, odds, pdo } = JSON.parse(readFileSync("src/policy/default-policy.json", "utf8")).scorecard.scaling;
    const factor = pdo / Math.LN2;
    const offset = points - factor * Math.log(odds);
    for (const row of rows) expect(row.pd).toBeCloseTo(1 / (1 + Math.exp((row.score - offset) / factor)), 9);
  });

  it("refuses the input or --baseline as --scores", async () => {
    const baseline = write("baseline.ndjson", ndjson(labelledProfiles(50, 6)));
    for (const [argv, what] of [[[input, "--scores", input], "input"], [[input, "--baseline", baseline, "--scores", baseline], "--baseline"]] as const) {
      const r = await runCli(["validate", ...argv]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(new RegExp(`^error: --scores .*: is the ${what} file; write the scores to another file\\n$`));
    }
  });
});

describe("Ctrl-C after the report, before the files", () => {
  /** Runs with interrupted() true from its k-th look on; returns the looks a whole run makes when k is undefined. */
  async function looking(argv: readonly string[], k?: number) {
    let [stdout, stderr, looks] = ["", "", 0];
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      writeOut: async (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdinIsTTY: false,
      cpus: 1,
      today: () => "2026-01-15",
      readText: (path) => readFile(path, "utf8"),
      interrupted: () => ++looks >= (k ?? Infinity),
      openInput: async (path) => ({ chunks: createReadStream(path) }),
    };
    const code = await run([...argv], io);
    return { code, stdout, stderr, looks };
  }

  it("fit: exit 130, the report written, --out and --scores left as they were", async () => {
    const out = write("kept.json", "old\n");
    const scores = write("kept.csv", "old\n");
    const argv = ["fit", labelled, "--out", out, "--scores", scores, "--format", "json"];
    const whole = await looking(argv);
    write("kept.json", "old\n");
    write("kept.csv", "old\n");
    // the last look is the one before the files are written
    const r = await looking(argv, whole.looks);
    expect(r.code).toBe(130);
    expect(r.stdout).toBe(whole.stdout);
    expect(r.stderr).toBe(`interrupted; the report was written, --out ${out} and --scores ${scores} left as it was\n`);
    expect([readFileSync(out, "utf8"), readFileSync(scores, "utf8")]).toEqual(["old\n", "old\n"]);
  });
});
