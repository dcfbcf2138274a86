import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { FitReportSchema } from "../../src/policy/reportSchemas.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// A card fitted on a few hundred defaults is noise in its bins: fit says so
// when train holds fewer than 300 bads. Before, 90 training bads and a
// holdout AUC of 0.61 came with no warning at all.
const write = tempWriter("suishendai-fewbads-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
// About 14% default in the default world: 2000 records put about 200 bads in train, 6000 about 600.
const few = write("few.ndjson", ndjson(labelledProfiles(2000, 11) as unknown[]));
const enough = write("enough.ndjson", ndjson(labelledProfiles(6000, 11) as unknown[]));
const EN = { LANG: "en_US.UTF-8" };

describe("fit warns when train holds fewer than 300 bads", () => {
  it("JSON: one fewBads warning, first, with the train's bad count", async () => {
    const r = await runCli(["fit", few, "--format", "json"], EN);
    expect(r.code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(r.stdout));
    const bads = report.metrics.train.bads;
    expect(bads).toBeGreaterThan(150);
    expect(bads).toBeLessThan(300);
    const fewBads = report.warnings.filter((w) => w.kind === "fewBads");
    expect(fewBads).toEqual([{ kind: "fewBads", bads, minimum: 300, text: `train holds ${bads} bads, fewer than 300: the bins' WOE and the coefficients rest on few defaults; check the holdout figures before using the card` }]);
    expect(report.warnings[0]).toEqual(fewBads[0]);
  });

  it("the table, in English and in Chinese: one line under warnings", async () => {
    const bads = FitReportSchema.parse(JSON.parse((await runCli(["fit", few, "--format", "json"], EN)).stdout)).metrics.train.bads;
    // Prose wraps at 80 columns with a 4-space indent: a wrapped line is one warning (zh wraps between characters).
    const en = (await runCli(["fit", few, "--lang", "en"], EN)).stdout.replace(/\n {4}/g, " ");
    expect(en).toMatch(new RegExp(`^warnings:\\n  train holds ${bads} bads, fewer than 300: .*before using the card$`, "m"));
    const zh = (await runCli(["fit", few, "--lang", "zh"], EN)).stdout.replace(/\n {4}/g, "");
    expect(zh).toMatch(new RegExp(`^警告：\\n  训练集只有 ${bads} 个坏样本，少于 300：.*请核对验证集指标$`, "m"));
    expect(zh).not.toMatch(/train holds/);
  });

  it("no such warning when train holds 300 bads or more", async () => {
    const r = await runCli(["fit", enough, "--format", "json"], EN);
    expect(r.code).toBe(0);
    const report = FitReportSchema.parse(JSON.parse(r.stdout));
    expect(report.metrics.train.bads).toBeGreaterThanOrEqual(300);
    expect(report.warnings.map((w) => w.kind)).not.toContain("fewBads");
  });
});
