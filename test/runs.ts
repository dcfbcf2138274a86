/**
 * How many generated cases a property or oracle test checks: `fast` in `npm test`, which must
 * stay within a minute on a quiet 2-core machine, `full` under `npm run test:slow`
 * (SUISHENDAI_TEST_SLOW=1, CI runs it after `npm test`). Same test, same seed, more cases.
 */
export function runs(fast: number, full: number): number {
  return process.env.SUISHENDAI_TEST_SLOW ? full : fast;
}
