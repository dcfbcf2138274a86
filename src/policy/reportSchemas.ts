import { z } from "zod";
import { PolicySchema } from "./schemas.js";
import { performanceShape, psiByScoreDecile } from "./performanceSchemas.js";

// The shapes of `fit --format json` and `validate --format json`, written out
// as JSON Schema by `npm run schemas`; the tests check real output against them.

const ratio = z.number().min(0).max(1);
const count = z.int().min(0);
const discrimination = z.strictObject({ records: count, bads: count, ks: ratio, auc: ratio, gini: z.number().min(-1).max(1) });
const calibrationRow = z.strictObject({ band: z.string(), minScore: z.number().nullable(), records: count, bads: count, predicted: ratio.nullable(), observed: ratio.nullable() });
const trend = z.enum(["falling", "rising"]).describe("the bad rate's direction as the value rises");

const bin = z.strictObject({
  label: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
  missing: z.literal(true).optional(),
  records: count,
  share: ratio,
  goods: count,
  bads: count,
  badRate: ratio,
  woe: z.number().describe("ln(%good ÷ %bad)"),
  iv: z.number(),
  points: z.int().nullable().describe("null when the characteristic was dropped"),
});

const fieldType = z.enum(["number", "category", "boolean"]);

/** The report of `fit --format json`. */
export const FitReportSchema = z.strictObject({
  command: z.literal("fit"),
  target: z.string(),
  bad: z.string().nullable().describe("--bad: the target's value that means bad (compared as text); null: the target is 0/1"),
  classes: z.strictObject({ goods: count, bads: count }).describe("the records used, by outcome"),
  fields: z
    .array(z.strictObject({ name: z.string(), type: fieldType, source: z.enum(["declared", "built-in", "inferred"]).describe("declared in --policy, a built-in profile field, or inferred from the values"), present: count, distinct: count }))
    .optional()
    .describe("own data only: the fields fitted on, with their types"),
  fieldsLeftOut: z
    .array(z.strictObject({ name: z.string(), reason: z.enum(["allMissing", "oneValue", "notScalar", "badName"]), present: count, value: z.union([z.string(), z.number(), z.boolean()]).optional() }))
    .optional()
    .describe("own data only: columns that cannot be a characteristic (no value, one value, objects)"),
  seed: count,
  records: z.strictObject({ used: count, invalid: count }),
  characteristics: z.array(
    z.strictObject({
      id: z.string(),
      field: z.string(),
      iv: z.number(),
      kept: z.boolean().describe("false: IV under 0.02, left out of the model"),
      trend,
      trendFrom: z.enum(["base", "best"]).describe("base: implied by the base policy's points; best: theirs are not monotone, the trend with the higher IV"),
      coefficient: z.number().optional(),
      bins: z.array(bin),
    }),
  ),
  model: z.strictObject({
    method: z.string(),
    iterations: count,
    converged: z.boolean(),
    intercept: z.number(),
    coefficients: z.array(z.strictObject({ id: z.string(), field: z.string(), coefficient: z.number() })),
  }),
  base: z.int(),
  scaling: z.strictObject({ points: z.number(), odds: z.number().positive(), pdo: z.number().positive() }),
  metrics: z.strictObject({ train: discrimination, holdout: discrimination }),
  calibration: z.array(calibrationRow).describe("on the holdout"),
  ...performanceShape,
  warnings: z.array(
    z.strictObject({
      kind: z.enum(["dropped", "wrongSign", "smallBin", "noMissing", "notConverged", "scalingKept", "fewBads", "fieldLeftOut"]),
      text: z.string().describe("the warning in English"),
      id: z.string().optional(),
      field: z.string().optional(),
      iv: z.number().optional(),
      coefficient: z.number().optional(),
      bin: z.string().optional(),
      share: ratio.optional(),
      iterations: count.optional(),
      bads: count.optional().describe("fewBads: the bads in train"),
      minimum: count.optional().describe("fewBads: the fewest bads in train that fit without this warning"),
      reason: z.enum(["allMissing", "oneValue", "notScalar", "badName"]).optional().describe("fieldLeftOut: why the field is no characteristic"),
    }),
  ),
  policy: PolicySchema,
});

const stability = {
  psi: z.number().min(0),
  flag: z.enum(["stable", "watch", "shifted"]).describe("PSI under 0.1, 0.1 to 0.25, 0.25 or more"),
  bins: z.array(z.strictObject({ label: z.string(), expected: ratio, actual: ratio, psi: z.number() })),
};

/** The report of `validate --format json`. */
export const ValidateReportSchema = z.strictObject({
  command: z.literal("validate"),
  target: z.string(),
  policy: z.string(),
  records: z.strictObject({ used: count, invalid: count }),
  metrics: discrimination,
  calibration: z.array(calibrationRow),
  ...performanceShape,
  stability: z
    .strictObject({
      baseline: z.strictObject({ records: count, invalid: count }),
      score: z.strictObject(stability),
      psiByScoreDecile,
      characteristics: z.array(z.strictObject({ id: z.string(), field: z.string(), ...stability })),
    })
    .optional(),
});
