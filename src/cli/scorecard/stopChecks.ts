import { Interrupted, UsageError } from "../../app/errors.js";
import type { CliIo } from "../io.js";

/** Ctrl-C once the input is read: fit and validate stop before writing anything (exit 130). */
export function stopIfInterrupted(io: CliIo): void {
  if (io.interrupted()) throw new Interrupted("interrupted; nothing written");
}

/** stdin can be read once: with the input on stdin, `--policy -` and the like are refused (exit 2). */
export function refuseStdinTwice(input: string, options: readonly (readonly [option: string, path: string | undefined, what: string])[]): void {
  if (input !== "-") return;
  for (const [option, path, what] of options) {
    if (path === "-") throw new UsageError(`${option} -: the input already reads stdin; give the ${what} as a file`);
  }
}
