import { describe, expect, it } from "vitest";
import { fineBins } from "../../../src/engine/scorecardFit/fineBins.js";
import { mergeMonotone } from "../../../src/engine/scorecardFit/monotoneMerge.js";
import { psi, psiFlag } from "../../../src/engine/scorecardFit/psi.js";
import { rankMetrics } from "../../../src/engine/scorecardFit/rankMetrics.js";
import { woeTable } from "../../../src/engine/scorecardFit/woeIv.js";

// A 20-record set, worked by hand. Scores 1, 2, 3 (higher = safer), target 1 = bad:
//   score 1: 6 records, 3 bad 3 good
//   score 2: 8 records, 2 bad 6 good
//   score 3: 6 records, 1 bad 5 good       totals: 14 goods, 6 bads
const scores = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3];
const targets = [1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0] as const;

describe("the statistics on a 20-record set, against hand arithmetic", () => {
  it("WOE = ln(%good ÷ %bad) and IV = Σ (%good − %bad) × WOE per bin", () => {
    // score 1: %good 3/14 = 0.2142857, %bad 3/6 = 0.5      → WOE ln(0.4285714) = −0.8472979, IV term (−0.2857143)(−0.8472979) = 0.2420851
    // score 2: %good 6/14 = 0.4285714, %bad 2/6 = 0.3333333 → WOE ln(1.2857143) =  0.2513144, IV term (0.0952381)(0.2513144)  = 0.0239347
    // score 3: %good 5/14 = 0.3571429, %bad 1/6 = 0.1666667 → WOE ln(2.1428571) =  0.7621401, IV term (0.1904762)(0.7621401)  = 0.1451695
    // IV = 0.2420851 + 0.0239347 + 0.1451695 = 0.4111893
    const table = woeTable([
      { goods: 3, bads: 3 },
      { goods: 6, bads: 2 },
      { goods: 5, bads: 1 },
    ]);
    expect(table.bins.map((b) => b.woe)).toEqual([expect.closeTo(-0.8472979, 6), expect.closeTo(0.2513144, 6), expect.closeTo(0.7621401, 6)]);
    expect(table.bins.map((b) => b.iv)).toEqual([expect.closeTo(0.2420851, 6), expect.closeTo(0.0239347, 6), expect.closeTo(0.1451695, 6)]);
    expect(table.iv).toBeCloseTo(0.4111893, 6);
  });

  it("KS = the largest |cumulative %good − cumulative %bad| between distinct scores", () => {
    // ≤ 1: goods 3/14 = 0.2142857, bads 3/6 = 0.5       → 0.2857143
    // ≤ 2: goods 9/14 = 0.6428571, bads 5/6 = 0.8333333 → 0.1904762
    // ≤ 3: 1 and 1 → 0.                                   KS = 0.2857143
    expect(rankMetrics(scores, targets).ks).toBeCloseTo(0.2857143, 6);
  });

  it("AUC by counting the 14 × 6 = 84 good–bad pairs (a tie counts ½), Gini = 2·AUC − 1", () => {
    // each bad at 1 (3 of them): 11 goods above + 3 tied × ½ = 12.5 → 37.5
    // each bad at 2 (2 of them):  5 goods above + 6 tied × ½ =  8   → 16
    // the bad at 3:               0 goods above + 5 tied × ½ =  2.5 →  2.5
    // AUC = 56 / 84 = 0.6666667; Gini = 0.3333333
    const m = rankMetrics(scores, targets);
    expect(m.auc).toBeCloseTo(56 / 84, 10);
    expect(m.gini).toBeCloseTo(1 / 3, 10);
  });

  it("PSI = Σ (a − e) × ln(a ÷ e), read at 0.1 / 0.25", () => {
    // baseline (expected) counts 6, 8, 6 of 20 → 0.3, 0.4, 0.3; actual 4, 8, 8 of 20 → 0.2, 0.4, 0.4
    // (0.2 − 0.3) ln(0.2/0.3) = (−0.1)(−0.4054651) = 0.0405465
    // (0.4 − 0.4) ln(1)       = 0
    // (0.4 − 0.3) ln(0.4/0.3) = (0.1)(0.2876821)   = 0.0287682      PSI = 0.0693147
    const result = psi([6, 8, 6], [4, 8, 8]);
    expect(result.terms).toEqual([expect.closeTo(0.0405465, 6), 0, expect.closeTo(0.0287682, 6)]);
    expect(result.psi).toBeCloseTo(0.0693147, 6);
    expect([psiFlag(0.0693), psiFlag(0.1), psiFlag(0.2499), psiFlag(0.25)]).toEqual(["stable", "watch", "watch", "shifted"]);
  });

  it("fine bins: cuts at the k/4 quantiles of the 20 sorted values", () => {
    // values 1..20; with 4 bins the cuts are sorted[5] = 6, sorted[10] = 11, sorted[15] = 16:
    // <6 holds 1–5, 6–11 holds 6–10, 11–16 holds 11–15, ≥16 holds 16–20; targets as above by position
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(fineBins(values, [...targets], 4)).toEqual([
      { max: 6, goods: 2, bads: 3 },
      { min: 6, max: 11, goods: 3, bads: 2 },
      { min: 11, max: 16, goods: 4, bads: 1 },
      { min: 16, goods: 5, bads: 0 },
    ]);
  });

  it("fine bins: a value that alone holds 1/4 of the records gets a bin of its own", () => {
    // twelve 0s, then 1..8; with 4 bins the quantile cuts are sorted[5] = 0, sorted[10] = 0, sorted[15] = 4,
    // and 0 (12 of 20 records ≥ 20/4) adds cuts at 0 and at the next value, 1. Cuts above the minimum 0: 1 and 4.
    // <1 holds positions 0–11 (bads at 0, 1, 2, 6, 7), 1–4 positions 12–14 (a bad at 14), ≥4 positions 15–19.
    const values = [...Array.from({ length: 12 }, () => 0), 1, 2, 3, 4, 5, 6, 7, 8];
    expect(fineBins(values, [...targets], 4)).toEqual([
      { max: 1, goods: 7, bads: 5 },
      { min: 1, max: 4, goods: 2, bads: 1 },
      { min: 4, goods: 5, bads: 0 },
    ]);
  });

  it("merging: the pair out of order first, then a bin under the minimum into its neighbour", () => {
    // bad rates 1/2 = 0.5, 3/10 = 0.3, 2/5 = 0.4, 1/10 = 0.1 must fall:
    // 0.3 → 0.4 rises, so bins 2 and 3 join: 5 bads of 15 = 0.333; now 0.5, 0.333, 0.1 falls.
    // The first bin holds 2 records, under 3: it joins its only neighbour → 6 bads of 17, then 1 of 10.
    const merged = mergeMonotone(
      [
        { max: 10, goods: 1, bads: 1 },
        { min: 10, max: 20, goods: 7, bads: 3 },
        { min: 20, max: 30, goods: 3, bads: 2 },
        { min: 30, goods: 9, bads: 1 },
      ],
      "falling",
      3,
    );
    expect(merged).toEqual([
      { max: 30, goods: 11, bads: 6 },
      { min: 30, goods: 9, bads: 1 },
    ]);
  });
});
