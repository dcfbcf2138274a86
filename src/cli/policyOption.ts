import type { Policy } from "../engine/simulate/types.js";
import { defaultPolicy } from "../policy/defaultPolicy.js";
import { policyFromText } from "../policy/loadPolicy.js";
import { PolicyError } from "../policy/policyError.js";
import type { PolicyJson } from "../policy/schemas.js";
import type { CliIo } from "./io.js";
import { readInputText } from "./readInputText.js";
import { UsageError } from "../app/errors.js";

/** The policy a command runs under: `--policy FILE`, or the built-in one. */
export async function activePolicy(io: CliIo, file: string | undefined, quiet = false): Promise<{ policy: Policy; json: PolicyJson }> {
  try {
    if (file === undefined) return defaultPolicy();
    return policyFromText(await readInputText(io, "--policy", file, "the policy (JSON)", quiet), file);
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(error.message);
    throw error;
  }
}
