import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles, trueLogit } from "../../examples/generate-labelled.mjs";
import { fitReport } from "../../src/app/scorecard/fitReport.js";
import { LabelledCollector } from "../../src/app/scorecard/labelledRecords.js";
import { rankMetrics } from "../../src/engine/scorecardFit/rankMetrics.js";
import { stratifiedSplit } from "../../src/engine/scorecardFit/seededSplit.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";

type Drawn = Record<string, unknown> & { defaulted: 0 | 1 };

// 50,000 records from the generator's stated true model (docs/fit.md), fitted in-process.
const drawn = labelledProfiles(50_000, 20251126) as Drawn[];
const collector = new LabelledCollector({ field: "defaulted" });
drawn.forEach((value, i) => collector.add({ line: i + 1, value }));
const SEED = 7;

describe("fit on 50,000 records drawn from a known model", () => {
  const report = fitReport(collector.data, defaultPolicy().json, { seed: SEED, target: "defaulted", invalid: 0 });

  it("reads every record", () => {
    expect(collector.bad).toEqual([]);
    expect(report.records.used).toBe(50_000);
  });

  it("ranks the holdout within 0.02 AUC of the true model on the same holdout", () => {
    // The same split the fit used: the holdout is the records not in train.
    const inTrain = stratifiedSplit(collector.data.targets, SEED);
    const holdout = drawn.filter((_, i) => !inTrain[i]);
    // The true model's score: minus its logit (higher = safer), as the fitted scores.
    const truth = rankMetrics(holdout.map((p) => -trueLogit(p)), holdout.map((p) => p.defaulted));
    expect(report.metrics.holdout.records).toBe(holdout.length);
    expect(Math.abs(report.metrics.holdout.auc - truth.auc)).toBeLessThan(0.02);
  });

  it("gives the same bytes when fitted twice with one seed", () => {
    // 10,000 of the records fitted twice: the same seed, the same bytes (a fifth of the work of 50,000)
    const some = new LabelledCollector({ field: "defaulted" });
    drawn.slice(0, 10_000).forEach((value, i) => some.add({ line: i + 1, value }));
    const fit = () => JSON.stringify(fitReport(some.data, defaultPolicy().json, { seed: SEED, target: "defaulted", invalid: 0 }));
    expect(fit()).toBe(fit());
  });

  it("gives a policy that simulate runs on the example population", async () => {
    const file = tempWriter("suishendai-fit50k-")("fitted.json", `${JSON.stringify(report.policy, null, 2)}\n`);
    const r = await runCli(["simulate", "examples/profiles/population.ndjson", "--policy", file, "--summary", "--summary-format", "json"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3000);
    expect(lines.some((l) => JSON.parse(l).decision === "approved")).toBe(true);
  });
});
