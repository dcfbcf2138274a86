import type { Profile } from "../../engine/simulate/types.js";
import type { OwnDataPolicyJson } from "../../app/scorecard/ownDataPolicy.js";

// PHASE 1 STAND-IN: until the policy's declared fields are checked by the
// profile loader (the "core" branch), a record on own data is taken as it is.
export function ownProfile(value: Record<string, unknown>, _policy: OwnDataPolicyJson): Profile {
  return value as unknown as Profile;
}
