import { readFileSync } from "node:fs";
import type { Policy } from "../engine/simulate/types.js";
import { policyFromText } from "./loadPolicy.js";
import type { PolicyJson } from "./schemas.js";

/** Where the built-in policy lives: data/, the runtime data's one folder, two levels up from src/policy/, dist/policy/ and dist/bin/ alike. */
export const DEFAULT_POLICY_URL = new URL("../../data/default-policy.json", import.meta.url);

let cached: { policy: Policy; json: PolicyJson } | undefined;

/** The product's built-in policy, validated like any user policy, read once. */
export function defaultPolicy(): { policy: Policy; json: PolicyJson } {
  cached ??= policyFromText(readFileSync(DEFAULT_POLICY_URL, "utf8"), "(built-in)");
  return cached;
}
