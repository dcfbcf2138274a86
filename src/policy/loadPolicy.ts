import type { Policy } from "../engine/simulate/types.js";
import { compilePolicy } from "./compilePolicy.js";
import { describeIssue, formatPath } from "./formatIssue.js";
import { PolicyError } from "./policyError.js";
import { BOOLEAN_FIELDS } from "./profileFields.js";
import { encodingProblem } from "../json/encoding.js";
import { parseJson } from "../json/parseJson.js";
import { PolicySchema, type PolicyJson } from "./schemas.js";

/** Checks the schema cannot express: ordering, ranges that fit together, rules that can be evaluated. */
function semanticProblem(p: PolicyJson): string | undefined {
  for (let i = 1; i < p.bands.length; i++) {
    if ((p.bands[i]?.minScore ?? 0) >= (p.bands[i - 1]?.minScore ?? 0)) return `bands[${i}].minScore: must be below bands[${i - 1}].minScore (bands run from best to worst)`;
  }
  for (const [i, k] of p.knockouts.entries()) {
    const boolField = BOOLEAN_FIELDS.has(k.field);
    if (k.op === "outside" && k.min === undefined && k.max === undefined) return `knockouts[${i}]: op "outside" needs min or max`;
    if (k.op !== "outside" && k.value === undefined) return `knockouts[${i}].value: is required for op "${k.op}"`;
    if (k.op !== "outside" && boolField !== (typeof k.value === "boolean")) return `knockouts[${i}].value: expected ${boolField ? "a boolean" : "a number"} for field ${k.field}`;
    if (boolField && k.op !== "eq") return `knockouts[${i}].op: field ${k.field} is a boolean, so only "eq" applies`;
  }
  for (const [i, c] of p.scorecard.characteristics.entries()) {
    if (BOOLEAN_FIELDS.has(c.field)) return `scorecard.characteristics[${i}].field: ${c.field} is a boolean and cannot be binned`;
    for (const [j, b] of c.bins.entries()) {
      if (b.min !== undefined && b.max !== undefined && b.min >= b.max) return `scorecard.characteristics[${i}].bins[${j}]: min must be below max`;
    }
  }
  if (p.pricing.floorApr > p.pricing.capApr) return "pricing.floorApr: must not exceed pricing.capApr";
  return undefined;
}

/** Validates parsed JSON as a policy and compiles it; throws PolicyError naming the path. */
export function policyFromJson(data: unknown, source: string): { policy: Policy; json: PolicyJson } {
  const result = PolicySchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PolicyError(`policy ${source}: ${issue ? `${formatPath(issue.path) || "(top level)"}: ${describeIssue(issue)}` : "invalid"}`);
  }
  const problem = semanticProblem(result.data);
  if (problem) throw new PolicyError(`policy ${source}: ${problem}`);
  return { policy: compilePolicy(result.data), json: result.data };
}

/** Parses and validates a policy file's text. */
export function policyFromText(text: string, source: string): { policy: Policy; json: PolicyJson } {
  const problem = encodingProblem(text);
  if (problem) throw new PolicyError(`policy ${source}: not UTF-8 text: ${problem}`);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new PolicyError(`policy ${source}: not valid JSON (${parsed.message})`);
  return policyFromJson(parsed.value, source);
}
