import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { FitReportSchema } from "../../src/policy/reportSchemas.js";
import { runCli } from "./runCli.js";
import { policyVariant, tempWriter } from "./tempFiles.js";

// fit --select forward: characteristics enter one by one by Wald p-value, each
// step reported; the ones left out are said to be, never dropped silently.
const write = tempWriter("suishendai-select-");
const data = write("labelled.ndjson", `${(labelledProfiles(2000, 11) as unknown[]).map((r) => JSON.stringify(r)).join("\n")}\n`);
const variant = policyVariant(write);
const EN = { LANG: "en_US.UTF-8" };
const fit = async (...extra: string[]) => {
  const r = await runCli(["fit", data, "--format", "json", ...extra], EN);
  expect(r.code).toBe(0);
  return FitReportSchema.parse(JSON.parse(r.stdout));
};

describe("fit --select forward", async () => {
  const report = await fit("--select", "forward");
  const selection = report.selection;
  if (selection.method !== "forward") throw new Error("expected a forward selection");

  it("reports each step: the characteristic, its p ≤ 0.05, a falling −2LL and AIC = −2LL + 2 × parameters", () => {
    expect(selection.entryP).toBe(0.05);
    expect(selection.steps.length).toBeGreaterThan(3);
    let previous = selection.start.minus2LogLikelihood;
    expect(selection.start.aic).toBeCloseTo(previous + 2, 3);
    selection.steps.forEach((s, i) => {
      expect(s.pValue).toBeLessThanOrEqual(0.05);
      expect(s.minus2LogLikelihood).toBeLessThan(previous);
      expect(s.aic).toBeCloseTo(s.minus2LogLikelihood + 2 * (i + 2), 3);
      previous = s.minus2LogLikelihood;
    });
    // the last step's model is the fitted model
    expect(report.model.minus2LogLikelihood).toBeCloseTo(previous, 3);
  });

  it("the kept characteristics are exactly the steps'; the others say why, with a warning each", () => {
    expect(report.characteristics.filter((c) => c.kept).map((c) => c.id).sort()).toEqual(selection.steps.map((s) => s.id).sort());
    const left = report.characteristics.filter((c) => c.reason === "notSelected");
    expect(left.map((c) => c.id)).toEqual(["C06"]);
    expect(left[0]?.selectionPValue).toBeGreaterThan(0.05);
    expect(report.warnings.filter((w) => w.kind === "notSelected")).toEqual([{ kind: "notSelected", id: "C06", field: "orders12m", pValue: left[0]?.selectionPValue, text: `C06 orders12m: not selected by forward selection (its p-value would be ${left[0]?.selectionPValue}, above 0.05)` }]);
    expect(report.policy.scorecard.characteristics.map((c) => c.id)).not.toContain("C06");
  });

  it("the same model as --select none on a base policy of only the selected characteristics", async () => {
    const chosen = new Set(selection.steps.map((s) => s.id));
    const only = variant("only.json", (p) => (p.scorecard.characteristics = p.scorecard.characteristics.filter((c: { id: string }) => chosen.has(c.id))));
    const plain = await fit("--policy", only);
    expect(plain.selection).toEqual({ method: "none", steps: [] });
    expect(plain.model.coefficients).toEqual(report.model.coefficients);
    expect([plain.model.intercept, plain.model.interceptStandardError, plain.model.interceptPValue]).toEqual([report.model.intercept, report.model.interceptStandardError, report.model.interceptPValue]);
  });

  it("the table shows the steps, from the intercept alone, in English and Chinese", async () => {
    const en = (await runCli(["fit", data, "--select", "forward", "--lang", "en"], EN)).stdout;
    expect(en).toMatch(/^forward selection by Wald p-value \(a characteristic enters at p ≤ 0\.05\):$/m);
    expect(en).toMatch(/│ +0 │ \(intercept only\) +│ +│ +\d+\.\d\d │ +\d+\.\d\d │/);
    expect(en).toMatch(new RegExp(`│ +1 │ ${selection.steps[0]?.id} ${selection.steps[0]?.field} +│ +<0\\.0001 │`));
    expect(en.replace(/\n {4}/g, " ")).toMatch(/^ {2}C06 orders12m: not selected by forward selection \(its p-value would be 0\.\d+, above 0\.05\)$/m);
    const zh = (await runCli(["fit", data, "--select", "forward", "--lang", "zh"], EN)).stdout;
    expect(zh).toMatch(/^前向选择，按 Wald p 值（p ≤ 0\.05 方可进入）：$/m);
    expect(zh).toMatch(/│ +0 │ （仅截距） +│/);
    expect(zh.replace(/\n {4}/g, "")).toMatch(/^ {2}C06 orders12m：前向选择未选入（加入时 p 值为 0\.\d+，高于 0\.05）$/m);
  });
});

describe("fit --select none (the default) and bad values", () => {
  it("the default keeps every characteristic with IV ≥ 0.02: selection none, none of them notSelected", async () => {
    const report = await fit();
    expect(report.selection).toEqual({ method: "none", steps: [] });
    expect(report.characteristics.filter((c) => !c.kept).every((c) => c.reason === "lowIv")).toBe(true);
    expect(report.model.coefficients.map((c) => c.id)).toContain("C06");
  });

  it("--select sideways: one error line naming the option and the choices, exit 2, nothing on stdout", async () => {
    const r = await runCli(["fit", data, "--select", "sideways"], EN);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('error: --select: expected one of none, forward, got "sideways"\n');
  });
});
