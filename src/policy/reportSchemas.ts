import { z } from "zod";
import { PolicySchema } from "./schemas.js";
import { performanceShape, psiByScoreDecile } from "./performanceSchemas.js";
import { FIELD_LEFT_OUT_REASONS, labelsShape } from "./labelsSchema.js";

// The shapes of `fit --format json` and `validate --format json`, written out
// as JSON Schema by `npm run schemas`; the tests check real output against them.

const ratio = z.number().min(0).max(1);
const count = z.int().min(0);
const discrimination = z.strictObject({ records: count, bads: count, ks: ratio, auc: ratio, gini: z.number().min(-1).max(1) });
const calibrationRow = z.strictObject({ band: z.string(), minScore: z.number().nullable(), records: count, bads: count, predicted: ratio.nullable(), observed: ratio.nullable() });
const trend = z.enum(["falling", "rising", "none"]).describe("the bad rate's direction as the value rises; none: no monotone rule (--monotone none, manual breaks, a category)");
const level = z.union([z.string(), z.number(), z.boolean()]);
const monotone = z.enum(["auto", "ascending", "descending", "none"]);
const binning = z
  .strictObject({
    minBinShare: z.number().gt(0).lt(0.5),
    maxBins: z.int().min(2).nullable(),
    monotone,
    ivMin: z.number().min(0),
    split: z.number().gt(0).lt(1),
    fields: z.record(z.string(), z.strictObject({ monotone: monotone.optional(), breaks: z.string().optional(), special: z.array(z.number()).optional() })),
  })
  .describe("the binning, selection and split options used (fit --min-bin-share, --max-bins, --monotone, --iv-min, --split, and per field --monotone, --breaks, --special)");
const pValue = z.number().min(0).max(1).describe("two-sided Wald p-value from the normal distribution, 4 significant digits");

const bin = z.strictObject({
  label: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
  missing: z.literal(true).optional(),
  levels: z.array(level).optional().describe("a set bin: the special value or the category levels it lists"),
  records: count,
  share: ratio,
  goods: count,
  bads: count,
  badRate: ratio,
  woe: z.number().describe("ln(%good ÷ %bad)"),
  iv: z.number(),
  points: z.int().nullable().describe("null when the characteristic was dropped"),
});


/** The report of `fit --format json`. */
export const FitReportSchema = z.strictObject({
  command: z.literal("fit"),
  target: z.string(),
  ...labelsShape,
  seed: count,
  binning,
  records: z.strictObject({ used: count, invalid: count }),
  characteristics: z.array(
    z.strictObject({
      id: z.string(),
      field: z.string(),
      iv: z.number(),
      kept: z.boolean().describe("false: left out of the model (see reason)"),
      reason: z.enum(["lowIv", "notSelected"]).optional().describe("when not kept: lowIv, IV under --iv-min (0.02 by default); notSelected, --select forward left it out"),
      selectionPValue: z.number().min(0).max(1).optional().describe("notSelected: its Wald p-value had it entered at the step selection stopped (absent: that fit did not converge)"),
      trend,
      trendFrom: z.enum(["base", "best", "option", "breaks", "levels"]).describe("base: implied by the base policy's points; best: theirs set no trend (not monotone, or own data with no points yet), the trend with the higher IV; option: --monotone; breaks: --breaks; levels: a category, grouped in order of bad rate"),
      coefficient: z.number().optional(),
      bins: z.array(bin),
      absentSpecials: z.array(z.number()).optional().describe("--special values no training record has: no bin"),
      unlisted: z.strictObject({ levels: z.array(level), records: count }).optional().describe("levels no --breaks group lists: scored as unseen (other, 0 points)"),
    }),
  ),
  model: z.strictObject({
    method: z.string(),
    iterations: count,
    converged: z.boolean(),
    intercept: z.number(),
    interceptStandardError: z.number().positive(),
    interceptZ: z.number(),
    interceptPValue: pValue,
    minus2LogLikelihood: z.number().min(0).describe("−2 log-likelihood on train"),
    aic: z.number().describe("Akaike's information criterion: −2 log-likelihood + 2 × the parameters (intercept included)"),
    coefficients: z.array(
      z.strictObject({
        id: z.string(),
        field: z.string(),
        coefficient: z.number(),
        standardError: z.number().positive().describe("√ of the diagonal of (XᵀWX)⁻¹ at the fitted coefficients"),
        z: z.number().describe("Wald z = coefficient ÷ standard error"),
        pValue,
        vif: z.number().min(1).nullable().describe("variance inflation factor, 1 ÷ (1 − R²) of its WOE on the other kept characteristics' WOE; null: they explain it exactly"),
      }),
    ),
  }),
  diagnostics: z.strictObject({
    correlated: z.array(z.strictObject({ a: z.string(), b: z.string(), r: z.number().min(-1).max(1) })).describe("pairs of kept characteristics (by id) whose train WOE columns have |Pearson r| > 0.7"),
  }),
  selection: z.discriminatedUnion("method", [
    z.strictObject({ method: z.literal("none").describe("every characteristic with IV ≥ 0.02 is kept"), steps: z.array(z.never()).max(0) }),
    z.strictObject({
      method: z.literal("forward").describe("forward selection by Wald p-value from the intercept alone"),
      entryP: z.number().describe("a characteristic enters only with a p-value at most this (0.05)"),
      start: z.strictObject({ minus2LogLikelihood: z.number().min(0), aic: z.number() }).describe("the intercept-only model"),
      steps: z.array(z.strictObject({ id: z.string(), field: z.string(), pValue, minus2LogLikelihood: z.number().min(0), aic: z.number() })).describe("in order: the characteristic that entered, its p-value then, the model's fit with it"),
    }),
  ]),
  base: z.int(),
  scaling: z.strictObject({ points: z.number(), odds: z.number().positive(), pdo: z.number().positive() }),
  metrics: z.strictObject({ train: discrimination, holdout: discrimination }),
  calibration: z.array(calibrationRow).describe("on the holdout"),
  ...performanceShape,
  warnings: z.array(
    z.strictObject({
      kind: z.enum(["dropped", "wrongSign", "smallBin", "noMissing", "notConverged", "scalingKept", "fewBads", "highP", "highVif", "correlated", "notSelected", "absentSpecial", "unlisted", "fieldLeftOut"]),
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
      reason: z.enum(FIELD_LEFT_OUT_REASONS).optional().describe("fieldLeftOut: why the field is no characteristic"),
      pValue: z.number().min(0).max(1).optional().describe("highP: the coefficient's p-value; notSelected: its p-value when selection stopped"),
      vif: z.number().nullable().optional().describe("highVif: the VIF (null: infinite)"),
      limit: z.number().optional().describe("dropped: --iv-min; smallBin: --min-bin-share; highP 0.05, highVif 5, correlated 0.7: the level beyond which the warning is given"),
      levels: z.array(level).optional().describe("absentSpecial, unlisted: the values"),
      records: count.optional().describe("unlisted: training records with those levels"),
      a: z.string().optional().describe("correlated: the first characteristic's id"),
      aField: z.string().optional().describe("correlated: the first characteristic's field"),
      b: z.string().optional().describe("correlated: the second characteristic's id"),
      bField: z.string().optional().describe("correlated: the second characteristic's field"),
      r: z.number().optional().describe("correlated: Pearson's r of their WOE columns"),
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
  bad: labelsShape.bad,
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
