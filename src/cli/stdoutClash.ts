import { UsageError } from "../app/errors.js";
import { fileIdentity } from "./sameFile.js";

/**
 * Refuses, before any work, an output file that is where stdout goes
 * (`--out r.json > r.json`, `--out /dev/stdout`, /dev/tty on a terminal):
 * the file and the report would replace or mix into each other.
 * `stdout` holds the identities io.stdoutIdentities gives.
 */
export function refuseStdoutTarget(option: string, out: string, stdout: readonly string[] | undefined, advice: string): void {
  if (!stdout?.length || out === "-" || out.trim() === "") return;
  const id = fileIdentity(out);
  if (id !== undefined && stdout.includes(id)) throw new UsageError(`${option} ${out}: is where stdout goes; ${advice}`);
}
