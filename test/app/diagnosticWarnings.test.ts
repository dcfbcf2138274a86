import { describe, expect, it } from "vitest";
import type { BinReport, CharacteristicReport } from "../../src/app/scorecard/characteristicReport.js";
import { diagnosticWarnings } from "../../src/app/scorecard/diagnosticWarnings.js";
import { characteristicWarnings, type FitWarning } from "../../src/app/scorecard/fitWarnings.js";
import type { CoefficientReport, ModelDiagnostics } from "../../src/app/scorecard/modelDiagnostics.js";
import { SCORECARD_LABELS } from "../../src/views/scorecardLabels.js";

const coefficient = (id: string, field: string, extra: Partial<CoefficientReport> = {}): CoefficientReport => ({ id, field, coefficient: -1, standardError: 0.1, z: -10, pValue: 0, vif: 1.2, ...extra });
const diagnostics = (coefficients: CoefficientReport[], correlated: ModelDiagnostics["correlated"] = []): ModelDiagnostics => ({ intercept: { standardError: 0.05, z: -30, pValue: 0 }, coefficients, minus2LogLikelihood: 900, aic: 906, correlated });

describe("the diagnostics' warnings", () => {
  it("none when every p ≤ 0.05, every VIF ≤ 5 and no pair has |r| > 0.7 (the limits themselves pass)", () => {
    expect(diagnosticWarnings(diagnostics([coefficient("C01", "zhimaScore", { pValue: 0.05, vif: 5 }), coefficient("C02", "maxDpd24m")]))).toEqual([]);
  });

  it("p > 0.05: highP with the p-value (the trial's spend12m at z = −0.40)", () => {
    expect(diagnosticWarnings(diagnostics([coefficient("C07", "spend12m", { coefficient: -0.1, z: -0.4, pValue: 0.6892 })]))).toEqual([
      { kind: "highP", id: "C07", field: "spend12m", pValue: 0.6892, limit: 0.05, text: "C07 spend12m: p-value 0.6892 is above 0.05: its coefficient is not told apart from 0; consider dropping it" },
    ]);
  });

  it("VIF > 5, or infinite (null): highVif", () => {
    const w = diagnosticWarnings(diagnostics([coefficient("C06", "orders12m", { vif: 5.01 }), coefficient("C07", "spend12m", { vif: null })]));
    expect(w.map((x) => [x.kind, "vif" in x ? x.vif : undefined])).toEqual([["highVif", 5.01], ["highVif", null]]);
    expect(w[1]?.text).toBe("C07 spend12m: VIF infinite is above 5: the other characteristics explain most of its WOE, so its coefficient is unstable");
  });

  it("each correlated pair, with both fields and r", () => {
    const w = diagnosticWarnings(diagnostics([coefficient("C06", "orders12m"), coefficient("C07", "spend12m")], [{ a: "C06", b: "C07", r: 0.7865 }]));
    expect(w).toEqual([{ kind: "correlated", a: "C06", aField: "orders12m", b: "C07", bField: "spend12m", r: 0.7865, limit: 0.7, text: "C06 orders12m and C07 spend12m: their WOE columns correlate at r = 0.7865 (|r| > 0.7): they carry much the same information" }]);
  });
});

const bin = (label: string, share: number, extra: Partial<BinReport> = {}): BinReport => ({ label, records: 0, share, goods: 0, bads: 0, badRate: 0, woe: 0, iv: 0, points: null, ...extra });
const left = (extra: Partial<CharacteristicReport>): CharacteristicReport => ({ id: "C06", field: "orders12m", iv: 0.3, kept: false, reason: "notSelected", trend: "falling", trendFrom: "base", bins: [bin("<5", 0.5), bin("≥5", 0.5)], ...extra });

describe("a characteristic forward selection left out", () => {
  it("says so with its p-value at the last step, not 'dropped for IV' (its IV is enough)", () => {
    expect(characteristicWarnings(left({ selectionPValue: 0.2961 }))).toEqual([{ kind: "notSelected", id: "C06", field: "orders12m", pValue: 0.2961, text: "C06 orders12m: not selected by forward selection (its p-value would be 0.2961, above 0.05)" }]);
  });

  it("a fit that did not converge: no p-value, said so", () => {
    expect(characteristicWarnings(left({}))).toEqual([{ kind: "notSelected", id: "C06", field: "orders12m", text: "C06 orders12m: not selected by forward selection (its fit did not converge)" }]);
  });
});

describe("the Chinese words of the new warnings", () => {
  const zh = (w: FitWarning) => SCORECARD_LABELS.zh.warning(w);
  it("highP, highVif, correlated, notSelected", () => {
    const [p, v] = diagnosticWarnings(diagnostics([coefficient("C07", "spend12m", { pValue: 0.6892, vif: 7.5 })]));
    expect(zh(p!)).toBe("C07 spend12m：p 值 0.6892 高于 0.05：系数与 0 无显著差异，可考虑剔除");
    expect(zh(v!)).toBe("C07 spend12m：VIF 7.50 高于 5：其 WOE 大多可由其余特征解释，系数不稳定");
    const [r] = diagnosticWarnings(diagnostics([coefficient("C06", "orders12m"), coefficient("C07", "spend12m")], [{ a: "C06", b: "C07", r: -0.75 }]));
    expect(zh(r!)).toBe("C06 orders12m 与 C07 spend12m：WOE 列相关系数 r = -0.7500（|r| > 0.7）：两者信息大量重合");
    expect(zh(characteristicWarnings(left({ selectionPValue: 0.2961 }))[0]!)).toBe("C06 orders12m：前向选择未选入（加入时 p 值为 0.2961，高于 0.05）");
    expect(zh(characteristicWarnings(left({}))[0]!)).toBe("C06 orders12m：前向选择未选入（其拟合未收敛）");
  });
});
