import { z } from "zod";
import { policyName } from "./reservedNames.js";
import { strictObject } from "./strictObject.js";

/** A value a set bin or an `in` rule lists. */
export const level = z.union([z.string(), z.number(), z.boolean()]);

/** An extra profile field the policy declares; `missing` (default true) whether a record may lack it. */
export const declaredField = z.discriminatedUnion("type", [
  strictObject({ name: policyName, type: z.literal("number"), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional(), missing: z.boolean().optional() }),
  strictObject({ name: policyName, type: z.literal("category"), levels: z.array(z.string()).optional(), missing: z.boolean().optional() }),
  strictObject({ name: policyName, type: z.literal("boolean"), missing: z.boolean().optional() }),
], { error: 'must be "number", "category" or "boolean"' });
