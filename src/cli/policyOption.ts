import type { Policy } from "../engine/simulate/types.js";
import { defaultPolicy } from "../policy/defaultPolicy.js";
import { policyFromText } from "../policy/loadPolicy.js";
import { PolicyError } from "../policy/policyError.js";
import type { PolicyJson } from "../policy/schemas.js";
import type { CliIo } from "./io.js";
import { keyboardHint } from "./keyboardHint.js";
import { Interrupted, IoError, UsageError } from "../app/errors.js";

/** The policy a command runs under: `--policy FILE`, or the built-in one. */
export async function activePolicy(io: CliIo, file: string | undefined, quiet = false): Promise<{ policy: Policy; json: PolicyJson }> {
  try {
    if (file === undefined) return defaultPolicy();
    keyboardHint(io, file, "the policy (JSON)", quiet);
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      if (error instanceof Interrupted) throw error;
      throw new IoError(`--policy: cannot read ${file === "-" ? "stdin" : file}: ${(error as Error).message}`);
    }
    return policyFromText(text, file);
  } catch (error) {
    if (error instanceof PolicyError) throw new UsageError(error.message);
    throw error;
  }
}
