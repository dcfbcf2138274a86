import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountedBin } from "../../../src/engine/scorecardFit/fineBins.js";
import { mergeMonotone } from "../../../src/engine/scorecardFit/monotoneMerge.js";
import { rankMetrics } from "../../../src/engine/scorecardFit/rankMetrics.js";

/** AUC the slow way: every good–bad pair, a good above its bad counting 1 and a tie ½. */
function pairCountAuc(scores: readonly number[], targets: readonly number[]): number {
  let sum = 0;
  let pairs = 0;
  scores.forEach((g, i) => {
    if (targets[i] !== 0) return;
    scores.forEach((b, j) => {
      if (targets[j] !== 1) return;
      pairs++;
      sum += g > b ? 1 : g === b ? 0.5 : 0;
    });
  });
  return sum / pairs;
}

const labelled = fc
  .array(fc.record({ score: fc.integer({ min: 0, max: 12 }), target: fc.constantFrom(0, 1) }), { minLength: 2, maxLength: 60 })
  .filter((rows) => rows.some((r) => r.target === 0) && rows.some((r) => r.target === 1));

describe("rank metrics and merging, on random data", () => {
  it("AUC (by ranks) equals the brute-force pair count, and Gini = 2·AUC − 1", () => {
    fc.assert(
      fc.property(labelled, (rows) => {
        const scores = rows.map((r) => r.score);
        const targets = rows.map((r) => r.target);
        const m = rankMetrics(scores, targets);
        expect(m.auc).toBeCloseTo(pairCountAuc(scores, targets), 10);
        expect(m.gini).toBeCloseTo(2 * m.auc - 1, 10);
        expect(m.ks).toBeGreaterThanOrEqual(0);
        expect(m.ks).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("merged bins keep every record, cover the line in order, move the bad rate strictly one way, and hold the minimum", () => {
    const bins = fc.array(fc.record({ goods: fc.integer({ min: 0, max: 30 }), bads: fc.integer({ min: 0, max: 10 }) }), { minLength: 1, maxLength: 20 }).filter((bs) => bs.every((b) => b.goods + b.bads > 0));
    fc.assert(
      fc.property(bins, fc.constantFrom("falling" as const, "rising" as const), fc.integer({ min: 1, max: 40 }), (counts, trend, minRecords) => {
        // ranges [0,1), [1,2), … with the ends open
        const input: CountedBin[] = counts.map((c, i) => ({ ...(i === 0 ? {} : { min: i }), ...(i === counts.length - 1 ? {} : { max: i + 1 }), ...c }));
        const out = mergeMonotone(input, trend, minRecords);
        const sum = (bs: readonly CountedBin[], k: "goods" | "bads") => bs.reduce((s, b) => s + b[k], 0);
        expect([sum(out, "goods"), sum(out, "bads")]).toEqual([sum(input, "goods"), sum(input, "bads")]);
        expect(out[0]?.min).toBeUndefined();
        expect(out.at(-1)?.max).toBeUndefined();
        out.slice(1).forEach((b, i) => expect(b.min).toBe(out[i]?.max));
        const rates = out.map((b) => b.bads / (b.goods + b.bads));
        rates.slice(1).forEach((r, i) => (trend === "falling" ? expect(r).toBeLessThan(rates[i] as number) : expect(r).toBeGreaterThan(rates[i] as number)));
        if (out.length > 1) for (const b of out) expect(b.goods + b.bads >= minRecords && b.goods > 0 && b.bads > 0).toBe(true);
      }),
    );
  });
});
