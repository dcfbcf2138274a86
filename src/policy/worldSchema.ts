import { z } from "zod";
import { RULE_FIELDS } from "../engine/simulate/profileFields.js";
import { nearName } from "./profileFields.js";
import { PolicySchema } from "./schemas.js";
import { strictObject } from "./strictObject.js";

// A world file (--world): how applicants behave, apart from every policy.
// Exactly one of `logistic`, `scorecard` (a policy's scorecard section, so a
// fitted card serves as a world) or `field` (a record's own PD, for a backtest).

/** A rule field by name: a near miss named, without the list of every field (a long line). */
const ruleField = z.enum(RULE_FIELDS, {
  error: (issue) => {
    if (typeof issue.input !== "string") return undefined;
    const near = nearName(issue.input, RULE_FIELDS);
    return `unknown field ${JSON.stringify(issue.input.slice(0, 40))}: ${near ? `did you mean "${near}"?` : "a field a policy rule reads, such as zhimaScore or dsr (docs/policy.md)"}`;
  },
});

const term = strictObject({
  field: ruleField,
  coefficient: z.number(),
  center: z.number().optional(),
  logOver: z.number().positive().optional(),
  missingAs: z.number().optional(),
}).refine((t) => (t.center === undefined) !== (t.logOver === undefined), "give exactly one of center or logOver (center 0 for the value itself)");

export const WorldSchema = strictObject({
  name: z.string().min(1),
  note: z.string().optional(),
  logistic: strictObject({ intercept: z.number(), terms: z.array(term) }).optional(),
  scorecard: PolicySchema.shape.scorecard.optional(),
  field: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a field name of the input records").optional(),
}).refine((w) => [w.logistic, w.scorecard, w.field].filter((x) => x !== undefined).length === 1, "give exactly one of logistic, scorecard or field");

export type WorldJson = z.infer<typeof WorldSchema>;
