import { describe, expect, it } from "vitest";
import { correlatedPairs } from "../../../src/engine/scorecardFit/correlation.js";
import { forwardSelection } from "../../../src/engine/scorecardFit/forwardSelection.js";
import { aic, minus2LogLikelihood } from "../../../src/engine/scorecardFit/logLikelihood.js";
import { fitLogistic } from "../../../src/engine/scorecardFit/logisticFit.js";
import { varianceInflation } from "../../../src/engine/scorecardFit/vif.js";
import { waldTests } from "../../../src/engine/scorecardFit/waldTests.js";
import { gaussJordanInverse, independentIrls, pTwoSided } from "./independentIrls.js";

const close = (got: number, want: number, tolerance = 1e-8) => expect(Math.abs(got - want)).toBeLessThan(tolerance * Math.max(1, Math.abs(want)));

// 30 records, two WOE-like columns, 11 bads.
const X1 = [-0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9, -0.8, 0.1, 0.9];
const X2 = [-0.5, -0.2, -0.3, 0.5, 0.4, 0.7, -0.3, -0.4, -0.5, 0.7, 0.6, 0.5, -0.5, -0.2, -0.3, 0.5, 0.4, 0.7, -0.3, -0.4, -0.5, 0.7, 0.6, 0.5, -0.5, -0.2, -0.3, 0.5, 0.4, 0.7];
const Y = [1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0];

describe("standard errors, Wald z and p-values against an independent IRLS (30 records, 2 columns)", () => {
  const columns = [Float64Array.from(X1), Float64Array.from(X2)];
  const model = fitLogistic(columns, Y);
  const want = independentIrls([X1, X2], Y);
  const tests = waldTests(columns, Y, model);

  it("the coefficients agree to 1e-8", () => {
    expect(model.converged).toBe(true);
    close(model.intercept, want.beta[0]!);
    model.coefficients.forEach((b, j) => close(b, want.beta[j + 1]!));
  });

  it("SE = √diag (XᵀWX)⁻¹, z = β ÷ SE and p = 2(1 − Φ(|z|)) agree to 1e-8, intercept included", () => {
    expect(tests).toBeDefined();
    const all = [tests!.intercept, ...tests!.coefficients];
    all.forEach((t, j) => {
      close(t.standardError, want.se[j]!);
      close(t.z, want.z[j]!);
      close(t.pValue, want.p[j]!);
    });
    // the figures themselves, so a change in both shows: x2 is near the 5% line
    expect(all.map((t) => Number(t.pValue.toFixed(4)))).toEqual([0.2861, 0.3451, 0.0551]);
  });

  it("−2 log-likelihood and AIC = −2LL + 2 × 3 parameters", () => {
    const m2ll = minus2LogLikelihood(columns, Y, model);
    close(m2ll, want.minus2LL);
    close(aic(m2ll, 3), want.minus2LL + 6);
  });
});

/** OLS with an intercept by the normal equations, for R² by hand. */
function rSquaredByHand(target: number[], others: number[][]): number {
  const rows = target.map((_, i) => [1, ...others.map((o) => o[i]!)]);
  const xtx = rows[0]!.map((_, a) => rows[0]!.map((_, b) => rows.reduce((s, r) => s + r[a]! * r[b]!, 0)));
  const xty = rows[0]!.map((_, a) => rows.reduce((s, r, i) => s + r[a]! * target[i]!, 0));
  const b = gaussJordanInverse(xtx).map((row) => row.reduce((s, v, j) => s + v * xty[j]!, 0));
  const mean = target.reduce((s, v) => s + v, 0) / target.length;
  const sse = rows.reduce((s, r, i) => s + (target[i]! - r.reduce((t, v, j) => t + v * b[j]!, 0)) ** 2, 0);
  const sst = target.reduce((s, v) => s + (v - mean) ** 2, 0);
  return 1 - sse / sst;
}

describe("VIF = 1 ÷ (1 − R²) of each column on the others", () => {
  const a = [1, 2, 3, 4, 5, 6, 7, 8];
  const b = [2, 1, 4, 3, 6, 5, 8, 9];
  const c = [5, 3, 4, 1, 2, 2, 0, 1];

  it("three columns, each against OLS on the other two written here", () => {
    const vif = varianceInflation([a, b, c]);
    const want = [rSquaredByHand(a, [b, c]), rSquaredByHand(b, [a, c]), rSquaredByHand(c, [a, b])].map((r2) => 1 / (1 - r2));
    vif.forEach((v, j) => close(v, want[j]!, 1e-10));
    // and by the other route, the diagonal of the inverse correlation matrix: 1792/99, 999/99, 442/99
    vif.forEach((v, j) => close(v, [1792 / 99, 999 / 99, 442 / 99][j]!, 1e-10));
  });

  it("two columns: both 1 ÷ (1 − r²); one column: 1; an exact copy: Infinity", () => {
    // a and c by hand: Σ(a−ā)(c−c̄) = −24, Σ(a−ā)² = 42, Σ(c−c̄)² = 19.5 → r = −24/√819 = −0.8386
    const r = -24 / Math.sqrt(42 * 19.5);
    varianceInflation([a, c]).forEach((v) => close(v, 1 / (1 - r * r), 1e-10));
    expect(varianceInflation([a])).toEqual([1]);
    expect(varianceInflation([a, a.map((v) => 2 * v + 1), c]).slice(0, 2)).toEqual([Infinity, Infinity]);
  });
});

describe("pairs of columns with |r| > 0.7", () => {
  const a = [1, 2, 3, 4, 5, 6, 7, 8];
  const b = [2, 1, 4, 3, 6, 5, 8, 9];
  const c = [5, 3, 4, 1, 2, 2, 0, 1];

  it("lists a–b (r = 0.932) and a–c (r = −0.839), not b–c (r = −0.684); indices in order", () => {
    // a and b: Σ(a−ā)(b−b̄) = 45, Σ(b−b̄)² = 55.5 → r = 45/√(42·55.5); b and c: Σ = −22.5 → r = −22.5/√(55.5·19.5)
    const pairs = correlatedPairs([a, b, c]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[0, 1], [0, 2]]);
    close(pairs[0]!.r, 45 / Math.sqrt(42 * 55.5), 1e-12);
    close(pairs[1]!.r, -24 / Math.sqrt(42 * 19.5), 1e-12);
    expect(correlatedPairs([b, c])).toEqual([]);
    expect(correlatedPairs([b, c], 0.6).map((p) => p.r)).toEqual([expect.closeTo(-22.5 / Math.sqrt(55.5 * 19.5), 12)]);
  });

  it("a constant column correlates with nothing (r = 0)", () => {
    expect(correlatedPairs([a, [3, 3, 3, 3, 3, 3, 3, 3]], 0)).toEqual([]);
  });
});

describe("forward selection by Wald p-value", () => {
  // 400 records: logit P(bad) = −1 − 1.5·s − 0.6·m; columns: noise, s (strong), m (moderate), noise.
  // mulberry32, a small seeded generator
  let seed = 12345;
  const uniform = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = 400;
  const cols = Array.from({ length: 4 }, () => [] as number[]);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = [uniform() * 2 - 1, uniform() * 2 - 1, uniform() * 2 - 1, uniform() * 2 - 1];
    v.forEach((x, j) => cols[j]!.push(x));
    y.push(uniform() < 1 / (1 + Math.exp(1 + 1.5 * v[1]! + 0.6 * v[2]!)) ? 1 : 0);
  }
  const run = () => {
    const gen = forwardSelection(cols.map((c) => Float64Array.from(c)), y);
    for (;;) {
      const s = gen.next();
      if (s.done) return s.value;
    }
  };
  const selection = run();

  it("takes the strong column, then the moderate one, and stops: both noise columns stay out", () => {
    expect(selection.selected).toEqual([1, 2]);
    expect(selection.steps.map((s) => s.column)).toEqual([1, 2]);
  });

  it("each step's p-value and −2LL are the independent IRLS's; each pick had the smallest p of its step", () => {
    const step1 = [0, 1, 2, 3].map((c) => independentIrls([cols[c]!], y));
    expect(step1.map((f) => f.p[1]!).indexOf(Math.min(...step1.map((f) => f.p[1]!)))).toBe(1);
    close(selection.steps[0]!.pValue, step1[1]!.p[1]!);
    close(selection.steps[0]!.minus2LogLikelihood, step1[1]!.minus2LL);
    const step2 = [0, 2, 3].map((c) => independentIrls([cols[1]!, cols[c]!], y));
    expect(step2.map((f) => f.p[2]!).indexOf(Math.min(...step2.map((f) => f.p[2]!)))).toBe(1);
    close(selection.steps[1]!.pValue, step2[1]!.p[2]!);
    close(selection.steps[1]!.aic, step2[1]!.minus2LL + 2 * 3);
    // the last step: every noise column's p is above 0.05, as the independent fit has it
    for (const c of [0, 3]) {
      const fit = independentIrls([cols[1]!, cols[2]!, cols[c]!], y);
      close(selection.lastP[c]!, fit.p[3]!);
      expect(fit.p[3]!).toBeGreaterThan(0.05);
    }
  });

  it("the intercept-only start: −2LL of the base rate, AIC + 2", () => {
    const bads = y.filter((v) => v === 1).length;
    const rate = bads / n;
    const m2ll = -2 * (bads * Math.log(rate) + (n - bads) * Math.log(1 - rate));
    close(selection.start.minus2LogLikelihood, m2ll);
    close(selection.start.aic, m2ll + 2);
  });

  it("nothing enters when no column has p ≤ 0.05", () => {
    const gen = forwardSelection([Float64Array.from(cols[0]!), Float64Array.from(cols[3]!)], y);
    let s = gen.next();
    while (!s.done) s = gen.next();
    expect(s.value.selected).toEqual([]);
    expect(s.value.steps).toEqual([]);
  });

  it("the test's own erfc: p at z = 1.96 is 0.04999579", () => {
    close(pTwoSided(1.96), 0.04999579029644087, 1e-12);
  });
});
