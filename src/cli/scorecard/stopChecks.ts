import { Interrupted, UsageError } from "../../app/errors.js";
import type { Steps } from "../../app/steps.js";
import type { CliIo } from "../io.js";

/** Ctrl-C once the input is read: fit and validate stop before writing anything (exit 130). */
export function stopIfInterrupted(io: CliIo): void {
  if (io.interrupted()) throw new Interrupted("interrupted; nothing written");
}

/** A turn of the event loop that passes its poll phase, where a Ctrl-C that came during a synchronous step reaches its handler. */
const turn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/** A computation run step by step; a Ctrl-C during any step stops it at the step's end (exit 130, nothing written). */
export async function computeUnlessInterrupted<T>(io: CliIo, steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    await turn();
    stopIfInterrupted(io);
    if (step.done) return step.value;
  }
}

/** stdin can be read once: with the input on stdin, `--policy -` and the like are refused (exit 2). */
export function refuseStdinTwice(input: string, options: readonly (readonly [option: string, path: string | undefined, what: string])[]): void {
  if (input !== "-") return;
  for (const [option, path, what] of options) {
    if (path === "-") throw new UsageError(`${option} -: the input already reads stdin; give the ${what} as a file`);
  }
}
