import { describe, expect, it } from "vitest";
import { performanceTables } from "../../../src/app/scorecard/performanceTables.js";
import { scoreDecileStability } from "../../../src/app/scorecard/scoreDecileStability.js";
import { rankMetrics } from "../../../src/engine/scorecardFit/rankMetrics.js";
import { drawnWidth } from "../../../src/views/layout.js";
import { PERFORMANCE_LABELS } from "../../../src/views/performanceLabels.js";
import { gainsView } from "../../../src/views/performanceView.js";

// 20 records written out by hand, shuffled below: 6 bads, 14 goods, ties at 300, 310, 330, 370 and 420.
// sorted: 300B 300B 310B 310G 320B 330G 330G 330B 340G 350G 360B 370G 370G 380G 390G 400G 410G 420G 420G 430G
const RECORDS: [number, 0 | 1][] = [
  [370, 0], [300, 1], [420, 0], [330, 0], [310, 0], [430, 0], [320, 1], [390, 0], [330, 1], [300, 1],
  [350, 0], [410, 0], [360, 1], [340, 0], [330, 0], [380, 0], [310, 1], [420, 0], [400, 0], [370, 0],
];
const scores = RECORDS.map((r) => r[0]);
const targets = RECORDS.map((r) => r[1]);
const t = performanceTables(scores, targets);

describe("the gains table by score decile, by hand", () => {
  // decile = 1 + ⌊10 × (records scoring below) ÷ 20⌋: 320 (4 below) and 330 (5 below) both land in
  // decile 3, which leaves decile 4 empty; 340 (8 below) and 350 (9 below) make decile 5.
  it("puts equal scores in one decile and leaves an empty decile out", () => {
    expect(t.gains.map((r) => [r.decile, r.minScore, r.maxScore, r.records, r.goods, r.bads])).toEqual([
      [1, 300, 300, 2, 0, 2],
      [2, 310, 310, 2, 1, 1],
      [3, 320, 330, 4, 2, 2],
      [5, 340, 350, 2, 2, 0],
      [6, 360, 370, 3, 2, 1],
      [7, 380, 380, 1, 1, 0],
      [8, 390, 400, 2, 2, 0],
      [9, 410, 420, 3, 3, 0],
      [10, 430, 430, 1, 1, 0],
    ]);
  });

  it("bad rates, cumulative shares of bads (of 6) and goods (of 14), KS and lift (÷ 0.3), to 4 decimals", () => {
    // cumBads 2/6, 3/6, 5/6, 5/6, 6/6 …; cumGoods 0, 1/14, 3/14, 5/14, 7/14, 8/14, 10/14, 13/14, 14/14
    expect(t.gains.map((r) => [r.badRate, r.cumBads, r.cumGoods, r.ks, r.lift])).toEqual([
      [1, 0.3333, 0, 0.3333, 3.3333],
      [0.5, 0.5, 0.0714, 0.4286, 1.6667],
      [0.5, 0.8333, 0.2143, 0.619, 1.6667],
      [0, 0.8333, 0.3571, 0.4762, 0],
      [0.3333, 1, 0.5, 0.5, 1.1111],
      [0, 1, 0.5714, 0.4286, 0],
      [0, 1, 0.7143, 0.2857, 0],
      [0, 1, 0.9286, 0.0714, 0],
      [0, 1, 1, 0, 0],
    ]);
  });

  it("sums to the totals; its largest KS is at most the report's, taken at every distinct score", () => {
    const sum = (k: "records" | "goods" | "bads") => t.gains.reduce((s, r) => s + r[k], 0);
    expect([sum("records"), sum("goods"), sum("bads")]).toEqual([20, 14, 6]);
    // by decile: 5/6 − 3/14 at 330; at every score: 6/6 − 5/14 at 360, inside decile 6
    expect(Math.max(...t.gains.map((r) => r.ks))).toBe(0.619);
    expect(rankMetrics(scores, targets).ks).toBeCloseTo(1 - 5 / 14, 12);
  });
});

describe("the ROC points, by hand", () => {
  it("one point per distinct score from (0, 0) to (1, 1): the records scoring that or less called bad", () => {
    const expected: [number, number, number | null][] = [
      [0, 0, null], [0, 2 / 6, 300], [1 / 14, 3 / 6, 310], [1 / 14, 4 / 6, 320], [3 / 14, 5 / 6, 330], [4 / 14, 5 / 6, 340], [5 / 14, 5 / 6, 350],
      [5 / 14, 1, 360], [7 / 14, 1, 370], [8 / 14, 1, 380], [9 / 14, 1, 390], [10 / 14, 1, 400], [11 / 14, 1, 410], [13 / 14, 1, 420], [1, 1, 430],
    ];
    expect(t.roc.length).toBe(expected.length);
    t.roc.forEach((p, i) => {
      const [fpr, tpr, score] = expected[i] as [number, number, number | null];
      expect(p.score).toBe(score);
      expect(p.fpr).toBeCloseTo(fpr, 12);
      expect(p.tpr).toBeCloseTo(tpr, 12);
    });
  });

  it("the trapezoid rule over them gives the Mann–Whitney AUC: 75.5 ÷ 84", () => {
    // Each good: the bads below it, a tied bad ½: 310G 2.5, 330G 4.5 × 2, 340G and 350G 5 each, 370G 6 × 2, seven more 6 each.
    let area = 0;
    for (let i = 1; i < t.roc.length; i++) area += ((t.roc[i]!.fpr - t.roc[i - 1]!.fpr) * (t.roc[i]!.tpr + t.roc[i - 1]!.tpr)) / 2;
    expect(area).toBeCloseTo(75.5 / 84, 12);
    expect(rankMetrics(scores, targets).auc).toBeCloseTo(75.5 / 84, 12);
  });
});

describe("the score distribution, by hand", () => {
  it("19 intervals 7 points wide (⌈131 ÷ 20⌉) from 300, empty ones kept", () => {
    // [from, goods, bads] per interval of 7 scores
    const expected = [
      [300, 0, 2], [307, 1, 1], [314, 0, 1], [321, 0, 0], [328, 2, 1], [335, 1, 0], [342, 0, 0], [349, 1, 0], [356, 0, 1], [363, 0, 0],
      [370, 2, 0], [377, 1, 0], [384, 1, 0], [391, 0, 0], [398, 1, 0], [405, 1, 0], [412, 0, 0], [419, 2, 0], [426, 1, 0],
    ];
    expect(t.scoreDistribution).toEqual(expected.map(([from, goods, bads]) => ({ minScore: from, maxScore: (from as number) + 6, goods, bads })));
  });
});

describe("the PSI by the baseline's score deciles, by hand", () => {
  // Baseline: 500 three times (decile 1), then one score a decile: edges 520, 530, …, 580.
  const baseline = [500, 500, 500, 520, 530, 540, 550, 560, 570, 580];
  // Current: 3 under 520, 2 in [520, 530), none in [560, 570), one in each other bin.
  const current = [490, 505, 515, 520, 525, 535, 545, 555, 575, 600];
  const s = scoreDecileStability(baseline, current);

  it("bins the current scores by the baseline's edges, a score at an edge in the bin above", () => {
    expect(s.bins.map((b) => [b.decile, b.label, b.expected, b.actual])).toEqual([
      [1, "<520", 0.3, 0.3],
      [4, "520–530", 0.1, 0.2],
      [5, "530–540", 0.1, 0.1],
      [6, "540–550", 0.1, 0.1],
      [7, "550–560", 0.1, 0.1],
      [8, "560–570", 0.1, 0],
      [9, "570–580", 0.1, 0.1],
      [10, "≥580", 0.1, 0.1],
    ]);
  });

  it("PSI = 0.1 × ln 2 + (0.0001 − 0.1) × ln(0.0001 ÷ 0.1), the empty bin floored at 0.0001", () => {
    const empty = (0.0001 - 0.1) * Math.log(0.0001 / 0.1); // 0.690085
    expect(s.bins.map((b) => b.psi)).toEqual([0, 0.0693, 0, 0, 0, 0.6901, 0, 0]);
    expect(s.psi).toBe(Number((0.1 * Math.LN2 + empty).toFixed(4)));
    expect(s.psi).toBe(0.7594);
    expect(s.flag).toBe("shifted");
  });
});

describe("the gains table view", () => {
  const rows = t.gains.map((r) => ({ ...r, records: r.records * 100_000, bads: r.bads * 100_000 }));
  it("keeps 80 columns with six-digit counts: each score range on two lines", () => {
    for (const lang of ["en", "zh"] as const) {
      const text = gainsView(rows, PERFORMANCE_LABELS[lang], false, 80);
      expect(drawnWidth(text)).toBeLessThanOrEqual(80);
      expect(text).toMatch(/│ +1 │ 300– +│ +200000 │/);
      // the total row: the sums of the rows
      expect(text).toMatch(new RegExp(`${PERFORMANCE_LABELS[lang].total} │ 300– +│ +2000000 │ +600000 │ +0\\.3000 │`));
    }
  });
});
