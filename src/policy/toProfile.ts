import { Decimal } from "../engine/decimal.js";
import { readAmount } from "../engine/money/amountText.js";
import type { Profile, ProfileDeclarations } from "../engine/simulate/types.js";
import { fastProfile } from "./fastProfile.js";
import { describeIssue, formatPath } from "./formatIssue.js";
import { profilePlan } from "./profilePlan.js";
import { REQUEST_AMOUNT_RULE, REQUEST_AMOUNT_TEXT_RULE } from "./profileFields.js";
import { ProfileSchema } from "./schemas.js";

// applySets.ts (src/cli) imports it from here.
export { INTEGER_PATHS } from "./profileFields.js";

/** A record that is not a valid profile; the message names the field. */
export class ProfileError extends Error {
  override readonly name = "ProfileError";
}

/** A JSON number through its shortest spelling (0.08 stays 0.08); text through the one amount reader (checked by the schema). */
function requestAmountOf(amount: number | string): Decimal {
  if (typeof amount === "number") return new Decimal(String(amount));
  const read = readAmount(amount);
  if (!read.ok) throw new ProfileError(`field request.amount: ${REQUEST_AMOUNT_TEXT_RULE}, got ${JSON.stringify(amount)}`);
  return read.value;
}

/**
 * Validates one parsed record and turns it into the engine's Profile. Numbers
 * stay as JSON gave them; the engine turns money into decimals through their
 * shortest spelling, so 0.08 stays 0.08.
 * Unknown keys — `__proto__` and `constructor` among them — are dropped.
 * `declarations` (a policy): its declared fields are checked and kept, and its
 * requiredFields say which fields every record must have.
 */
export function toProfile(data: unknown, declarations?: ProfileDeclarations): Profile {
  return fastProfile(data, declarations) ?? profileBySchema(data, declarations);
}

/** toProfile through zod alone: what fastProfile must agree with, and what words every error. */
export function profileBySchema(data: unknown, declarations?: ProfileDeclarations): Profile {
  const plan = profilePlan(declarations);
  const schema = plan.declared.length || declarations?.requiredFields ? plan.schema() : ProfileSchema;
  // Parsed without reportInput first: the common, valid record skips its cost.
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = schema.safeParse(data, { reportInput: true }).error?.issues[0];
    if (!issue) throw new ProfileError("invalid profile");
    const path = formatPath(issue.path);
    if (path === "") throw new ProfileError(`expected a JSON object (a profile), got ${Array.isArray(data) ? "an array" : data === null ? "null" : typeof data}`);
    // Below, above or finer than a 分: one message with the whole rule, whichever check failed.
    // Neither a number nor text (or text that is no amount in range): the rule with both spellings, the value previewed.
    if (path === "request.amount" && (issue.code === "invalid_union" || typeof issue.input === "string")) {
      throw new ProfileError(`field request.amount: ${issue.input === undefined ? "is required" : describeIssue({ ...issue, message: REQUEST_AMOUNT_TEXT_RULE })}`);
    }
    if (path === "request.amount" && issue.code !== "invalid_type") throw new ProfileError(`field request.amount: ${REQUEST_AMOUNT_RULE}, got ${JSON.stringify(issue.input)}`);
    throw new ProfileError(`field ${path}: ${describeIssue(issue, plan.integers.has(path))}`);
  }
  const p = result.data as Record<string, unknown>;
  const profile: Record<string, unknown> = {};
  for (const key of plan.names) {
    const value = p[key];
    if (value !== undefined && value !== null) profile[key] = value;
  }
  const request = p.request as { amount: number | string; terms: number } | undefined | null;
  if (request) profile.request = { amount: requestAmountOf(request.amount), terms: request.terms };
  return profile as unknown as Profile;
}
