import { fstatSync } from "node:fs";
import { Interrupted } from "../app/errors.js";

/** Rejects once the user presses Ctrl-C, so a read blocked on stdin ends at the first press. */
export interface InterruptSignal {
  readonly promise: Promise<never>;
}

/** stdin as a stream of chunks; a directory is refused (`suishendai simulate < /tmp`). */
export function stdinChunks(interrupt: InterruptSignal): AsyncIterable<Uint8Array> {
  let isDirectory = false;
  try {
    isDirectory = fstatSync(0).isDirectory();
  } catch {
    // no stdin to stat (closed): reading reports it
  }
  if (isDirectory) throw Object.assign(new Error("it is a directory"), { code: "EISDIR" });
  return {
    async *[Symbol.asyncIterator]() {
      const chunks = process.stdin[Symbol.asyncIterator]();
      try {
        for (;;) {
          // Each wait on stdin also waits on Ctrl-C: whichever comes first.
          const step = await Promise.race([chunks.next(), interrupt.promise]);
          if (step.done) return;
          yield step.value as Uint8Array;
        }
      } finally {
        process.stdin.destroy();
      }
    },
  };
}

/** The whole of stdin's bytes (for --policy - and --offers -), stopping at Ctrl-C. */
export async function readAllStdin(interrupt: InterruptSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdinChunks(interrupt)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A signal that rejects with Interrupted when `fire` is called; unhandled rejection is avoided. */
export function interruptSignal(): InterruptSignal & { fire: () => void } {
  let fire: () => void = () => {};
  const promise = new Promise<never>((_, reject) => {
    fire = () => reject(new Interrupted("interrupted while reading input"));
  });
  promise.catch(() => {});
  return { promise, fire };
}
