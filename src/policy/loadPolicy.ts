import type { z } from "zod";
import type { Policy } from "../engine/simulate/types.js";
import { compilePolicy } from "./compilePolicy.js";
import { describeIssue, formatPath } from "./formatIssue.js";
import { policyErrors, type Finding } from "./policyChecks.js";
import { policyWarnings } from "./policyWarnings.js";
import { PolicyError } from "./policyError.js";
import { BOOLEAN_FIELDS } from "./profileFields.js";
import { encodingProblem } from "../json/encoding.js";
import { parseJson } from "../json/parseJson.js";
import { PolicySchema, type PolicyJson } from "./schemas.js";

type Issue = z.core.$ZodIssue & { input?: unknown };

/** A knock-out's `value` of the wrong type, worded as the field needs whatever the type given. */
function valueIssue(issue: Issue, data: unknown): string | undefined {
  const [top, i, key] = issue.path;
  if (top !== "knockouts" || typeof i !== "number" || key !== "value" || issue.path.length !== 3) return undefined;
  const field = (data as { knockouts: { field?: unknown }[] }).knockouts[i]?.field;
  const bool = typeof field === "string" && BOOLEAN_FIELDS.has(field);
  return typeof field === "string" ? `expected ${bool ? "a boolean" : "a number"} for field ${field}, got ${JSON.stringify(issue.input)}` : undefined;
}

/**
 * Every schema finding, as a path and message, unknown keys first (a typo is
 * the likeliest cause of the rest). A key an unknown-key message already
 * calls missing ("did you mean" it) is not reported again as required.
 */
function schemaFindings(issues: readonly Issue[], data: unknown): Finding[] {
  const unknown = issues.filter((i) => i.code === "unrecognized_keys");
  const saidMissing = new Set(unknown.flatMap((u) => [...u.message.matchAll(/; "([^"]+)" is missing/g)].map((m) => formatPath([...u.path, m[1] as string]))));
  const rest = issues.filter((i) => i.code !== "unrecognized_keys" && !(i.input === undefined && saidMissing.has(formatPath(i.path))));
  return [...unknown, ...rest].map((issue) => ({ path: formatPath(issue.path) || "(top level)", message: issue.code === "unrecognized_keys" ? issue.message : (valueIssue(issue, data) ?? describeIssue(issue)) }));
}

/** Every error and warning of a parsed policy; `json` when it passed the schema. */
export function checkPolicy(data: unknown): { errors: Finding[]; warnings: Finding[]; json?: PolicyJson } {
  const result = PolicySchema.safeParse(data, { reportInput: true });
  if (!result.success) return { errors: schemaFindings(result.error.issues, data), warnings: [] };
  return { errors: policyErrors(result.data), warnings: policyWarnings(result.data), json: result.data };
}

/** Validates parsed JSON as a policy and compiles it; throws PolicyError naming the path. */
export function policyFromJson(data: unknown, source: string): { policy: Policy; json: PolicyJson } {
  const { errors, json } = checkPolicy(data);
  const first = errors[0];
  if (first || !json) throw new PolicyError(`policy ${source}: ${first ? `${first.path}: ${first.message}` : "invalid"}`);
  return { policy: compilePolicy(json), json };
}

/** A policy file's text as parsed JSON; throws PolicyError when it is not UTF-8 JSON. */
export function policyData(text: string, source: string): unknown {
  const problem = encodingProblem(text);
  if (problem) throw new PolicyError(`policy ${source}: not UTF-8 text: ${problem}`);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new PolicyError(`policy ${source}: not valid JSON (${parsed.message})`);
  return parsed.value;
}

/** Parses and validates a policy file's text. */
export function policyFromText(text: string, source: string): { policy: Policy; json: PolicyJson } {
  return policyFromJson(policyData(text, source), source);
}
