import { z } from "zod";

// The performance tables of `fit` (on the holdout) and `validate` (on every record), and validate's
// PSI by the baseline's score deciles: parts of reportSchemas.ts.

const ratio = z.number().min(0).max(1);
const count = z.int().min(0);

/** gains, roc and scoreDistribution, spread into both reports. */
export const performanceShape = {
  gains: z
    .array(
      z.strictObject({
        decile: z.int().min(1).max(10).describe("1: the lowest scores (the riskiest); equal scores never split, so a decile may be missing or hold more than a tenth"),
        minScore: z.int(),
        maxScore: z.int(),
        records: count,
        goods: count,
        bads: count,
        badRate: ratio,
        cumBads: ratio.describe("share of all bads in this decile and the riskier ones"),
        cumGoods: ratio.describe("share of all goods in this decile and the riskier ones"),
        ks: z.number().min(-1).max(1).describe("cumBads − cumGoods"),
        lift: z.number().min(0).describe("badRate ÷ the overall bad rate"),
      }),
    )
    .describe("the gains (KS) table by score decile"),
  roc: z
    .array(z.strictObject({ fpr: ratio, tpr: ratio, score: z.int().nullable().describe("records scoring this or less called bad; null: none") }))
    .describe("ROC points from (0,0) to (1,1), one per distinct score; unrounded: the trapezoid rule over them gives the AUC"),
  scoreDistribution: z
    .array(z.strictObject({ minScore: z.int(), maxScore: z.int().describe("included"), goods: count, bads: count }))
    .describe("goods and bads per score interval: at most 20 of one whole width"),
};

/** validate's stability.psiByScoreDecile. */
export const psiByScoreDecile = z
  .strictObject({
    psi: z.number().min(0),
    flag: z.enum(["stable", "watch", "shifted"]),
    bins: z.array(
      z.strictObject({
        decile: z.int().min(1).max(10),
        label: z.string(),
        min: z.int().optional().describe("the decile's lowest baseline score; absent for the first (open below)"),
        max: z.int().optional().describe("the next decile's lowest baseline score, not included; absent for the last (open above)"),
        expected: ratio,
        actual: ratio,
        psi: z.number(),
      }),
    ),
  })
  .describe("the score's PSI by the baseline's score deciles (ties kept together); an empty bin counts as a share of 0.0001");
