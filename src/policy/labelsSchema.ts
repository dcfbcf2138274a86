import { z } from "zod";

// fit's report on its labels (--bad) and, on a team's own data, its fields: a part of
// reportSchemas.ts's FitReportSchema (validate's report has `bad` too).

const count = z.int().min(0);
const fieldType = z.enum(["number", "category", "boolean"]);

/** Why a column is no characteristic (app/scorecard/inferFieldTypes.ts). */
export const FIELD_LEFT_OUT_REASONS = ["allMissing", "oneValue", "notScalar", "badName", "allDistinct", "rowNumber"] as const;

/** The keys of the labels and fields in fit's report. */
export const labelsShape = {
  bad: z.string().nullable().describe("--bad: the target's value that means bad (compared as text); null: the target is 0/1"),
  classes: z.strictObject({ goods: count, bads: count }).describe("the records used, by outcome"),
  fields: z
    .array(z.strictObject({ name: z.string(), type: fieldType, source: z.enum(["declared", "built-in", "inferred"]).describe("declared in --policy, a built-in profile field, or inferred from the values"), present: count, distinct: count }))
    .optional()
    .describe("own data only: the fields fitted on, with their types"),
  fieldsLeftOut: z
    .array(z.strictObject({ name: z.string(), reason: z.enum(FIELD_LEFT_OUT_REASONS), present: count, value: z.union([z.string(), z.number(), z.boolean()]).optional() }))
    .optional()
    .describe("own data only: columns that cannot be a characteristic: no value, one value, objects, a name no field can have, text unique to each record, a row number"),
};
