/**
 * A long computation written as a generator that yields between its steps:
 * plain callers run it to the end at once; the CLI gives the event loop a
 * turn at each yield, so a Ctrl-C is seen while it computes (a synchronous
 * computation would never let the signal's handler run).
 */
export type Steps<T> = Generator<void, T, void>;

/** Every step at once: the result. */
export function toEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
