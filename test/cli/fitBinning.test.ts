import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import type { RawBinningOptions } from "../../src/cli/scorecard/binningFlags.js";
import { parseBinning } from "../../src/cli/scorecard/parseBinning.js";
import { stratifiedSplit } from "../../src/engine/scorecardFit/seededSplit.js";
import { FitReportSchema } from "../../src/policy/reportSchemas.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// fit's binning control from the command line: the options reach the bins, the report records them, bad values are one line.

const write = tempWriter("suishendai-fit-binning-");
const drawn = labelledProfiles(1500, 5) as Record<string, unknown>[];
const labelled = write("labelled.ndjson", `${drawn.map((r) => JSON.stringify(r)).join("\n")}\n`);
const EN = { LANG: "en_US.UTF-8" };
const none: RawBinningOptions = { monotone: [], breaks: [], special: [] };

describe("fit --breaks, --max-bins, --monotone, --split, --iv-min", () => {
  it("--breaks zhimaScore=600,700: exactly three ranges plus missing, counted as the test counts the training records", async () => {
    const r = await runCli(["fit", labelled, "--format", "json", "--breaks", "zhimaScore=600,700", "--split", "0.6", "--iv-min", "0.03"]);
    expect(r.code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(r.stdout));
    expect(report.binning).toEqual({ minBinShare: 0.05, maxBins: null, monotone: "auto", ivMin: 0.03, split: 0.6, fields: { zhimaScore: { breaks: "600,700" } } });
    // the train records, by the same seeded split (seed 1, train share 0.6), counted here by hand
    const inTrain = stratifiedSplit(drawn.map((p) => p.defaulted as 0 | 1), 1, 0.6);
    const expected = [0, 0, 0, 0].map(() => ({ goods: 0, bads: 0 }));
    drawn.forEach((p, i) => {
      if (!inTrain[i]) return;
      const z = p.zhimaScore as number | undefined;
      const at = z === undefined ? 3 : z < 600 ? 0 : z < 700 ? 1 : 2;
      if (p.defaulted === 1) expected[at]!.bads++;
      else expected[at]!.goods++;
    });
    const c = report.characteristics.find((x) => x.field === "zhimaScore")!;
    expect(c.bins.map((b) => b.label)).toEqual(["<600", "600–700", "≥700", "missing"]);
    expect(c.bins.map((b) => ({ goods: b.goods, bads: b.bads }))).toEqual(expected);
    expect(c.trendFrom).toBe("breaks");
    expect(report.metrics.train.records).toBe(inTrain.filter(Boolean).length);
    expect(report.policy.scorecard.characteristics.find((x) => x.field === "zhimaScore")!.bins.map((b) => [b.min, b.max])).toEqual([[undefined, 600], [600, 700], [700, undefined]]);
    // --iv-min: the dropped ones are those under 0.03, each with a warning naming the limit
    for (const x of report.characteristics) expect(x.kept).toBe(x.iv >= 0.03);
    const dropped = report.warnings.filter((w) => w.kind === "dropped");
    expect(dropped.map((w) => w.field)).toEqual(report.characteristics.filter((x) => !x.kept).map((x) => x.field));
    expect(dropped.every((w) => w.limit === 0.03)).toBe(true);
  });

  it("--max-bins 3 caps every characteristic; --monotone none with --monotone dsr=ascending: dsr's bad rate rises bin by bin", async () => {
    const r = await runCli(["fit", labelled, "--format", "json", "--max-bins", "3", "--monotone", "none", "--monotone", "dsr=ascending"]);
    expect(r.code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(r.stdout));
    for (const c of report.characteristics) expect(c.bins.filter((b) => !b.missing).length).toBeLessThanOrEqual(3);
    const dsr = report.characteristics.find((c) => c.field === "dsr")!;
    expect([dsr.trend, dsr.trendFrom]).toEqual(["rising", "option"]);
    const rates = dsr.bins.filter((b) => !b.missing).map((b) => b.bads / b.records);
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThan(rates[i - 1]!);
    expect(report.characteristics.filter((c) => c.field !== "dsr").every((c) => c.trend === "none")).toBe(true);
  });

  it("the table names the options that differ from the defaults, and the split", async () => {
    const r = await runCli(["fit", labelled, "--lang", "en", "--max-bins", "4", "--min-bin-share", "8%", "--split", "0.75"], EN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(stratified 75/25 split)");
    expect(r.stdout).toContain("binning: --min-bin-share 8%, --max-bins 4");
  });

  it("the defaults written out give the same bytes as none given", async () => {
    const plain = await runCli(["fit", labelled, "--format", "json"]);
    const spelled = await runCli(["fit", labelled, "--format", "json", "--min-bin-share", "5%", "--monotone", "auto", "--iv-min", "0.02", "--split", "0.7"]);
    expect(spelled.stdout).toBe(plain.stdout);
  });
});

describe("bad binning options: one line naming the option and the form, exit 2, nothing on stdout", () => {
  const cases: [string[], string][] = [
    [["--min-bin-share", "0.5"], 'error: --min-bin-share: expected a share greater than 0 and less than 0.5, such as 0.05 or 5%, got "0.5"'],
    [["--min-bin-share", "abc"], 'error: --min-bin-share: expected a share greater than 0 and less than 0.5, such as 0.05 or 5%, got "abc"'],
    [["--max-bins", "1"], 'error: --max-bins: expected a whole number from 2 to 1000, got "1"'],
    [["--monotone", "up"], 'error: --monotone: expected auto, ascending, descending or none, or FIELD=one of them, got "up"'],
    [["--monotone", "none", "--monotone", "auto"], "error: --monotone: give one trend for all fields (FIELD=trend for a single field)"],
    [["--breaks", "age"], 'error: --breaks: expected FIELD=a,b,c (cut points) or FIELD=A|B,C (groups of levels), got "age"'],
    [["--breaks", "age=30,20"], "error: --breaks age=30,20: age is a number field; give cut points in ascending order, e.g. --breaks age=1,3,10"],
    [["--breaks", "age=1", "--breaks", "age=2"], "error: --breaks: age is given twice; give each field once"],
    [["--special", "age=x"], 'error: --special: expected FIELD=v1,v2 with plain numbers, e.g. --special queries6m=-1,9999, got "age=x"'],
    [["--iv-min", "-1"], 'error: --iv-min: expected a number 0 or more, such as 0.02, got "-1"'],
    [["--split", "1"], 'error: --split: expected a share greater than 0 and less than 1, such as 0.7 or 70%, got "1"'],
  ];
  for (const [args, line] of cases) {
    it(args.join(" "), async () => {
      const r = await runCli(["fit", labelled, ...args]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `${line}\n`]);
    });
  }

  it("a field that is not a characteristic: named, with the characteristics", async () => {
    const r = await runCli(["fit", labelled, "--special", "queries6m=-1"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("error: --special: queries6m is not a characteristic; the characteristics are zhimaScore, maxDpd24m, activeLenders, dsr, accountAgeMonths, orders12m, spend12m, refundRate12m, cashLikeShare12m, age\n");
  });

  it("parses 5% as 0.05, repeats per field, and merges a field's options", () => {
    expect(parseBinning({ ...none, minBinShare: "5%", maxBins: "6", monotone: ["descending", "age=none"], breaks: ["age=25,35"], special: ["age=-1,-1,0"] })).toEqual({
      minBinShare: 0.05,
      maxBins: 6,
      monotone: "descending",
      ivMin: 0.02,
      split: 0.7,
      fields: { age: { monotone: "none", breaks: "25,35", special: [-1, 0] } },
    });
  });
});
