import { z } from "zod";
import { RULE_FIELDS } from "../engine/simulate/profileFields.js";
import { PolicySchema } from "./schemas.js";
import { strictObject } from "./strictObject.js";

// A world file (--world): how applicants behave, apart from every policy.
// Exactly one of `logistic`, `scorecard` (a policy's scorecard section, so a
// fitted card serves as a world) or `field` (a record's own PD, for a backtest).

const term = strictObject({
  field: z.enum(RULE_FIELDS),
  coefficient: z.number(),
  center: z.number().optional(),
  logOver: z.number().positive().optional(),
  missingAs: z.number().optional(),
}).refine((t) => t.center === undefined || t.logOver === undefined, "give center or logOver, not both");

export const WorldSchema = strictObject({
  name: z.string().min(1),
  note: z.string().optional(),
  logistic: strictObject({ intercept: z.number(), terms: z.array(term) }).optional(),
  scorecard: PolicySchema.shape.scorecard.optional(),
  field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a field name of the input records").optional(),
}).refine((w) => [w.logistic, w.scorecard, w.field].filter((x) => x !== undefined).length === 1, "give exactly one of logistic, scorecard or field");

export type WorldJson = z.infer<typeof WorldSchema>;
