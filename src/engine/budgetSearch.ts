import { Decimal } from "./decimal.js";
import { installmentSkip, lowerBound } from "./budgetPlateaus.js";
import type { Quote } from "./quote.js";

// The walk over rounding plateaus above a local answer (see budgetPlateaus.ts for
// why it is needed and why it is sound). Amounts are counted in steps k.

/**
 * The most plateaus the search visits. Where (1+r)^n is large (24% over 360 terms, 100% over
 * 120) the settling period swings by more than the budget between neighbouring plateaus and
 * no bound ends the walk early; it then stops here (a count, not a clock, so the same input
 * gives the same answer) and says so.
 */
export const MAX_PLATEAUS = 2_000;

/** The largest payment of a schedule: what a monthly budget must cover. */
export function highestPayment(q: Quote): Decimal {
  return q.schedule.reduce((max, row) => (row.payment.gt(max) ? row.payment : max), new Decimal(0));
}

/** How many plateaus the top-down pass looks at before the bottom-up walk: most answers lie in the top few. */
const FROM_THE_TOP = 64;

/** What the search needs of a loan, by step k. */
export interface SearchOps {
  readonly quoteOf: (k: bigint) => Quote;
  readonly keyOf: (k: bigint) => string;
  readonly installmentOf: (k: bigint) => bigint;
}

/** The last k in [lo, hi] for which `test` holds, given that it holds at lo and, once false, stays false. */
export function lastTrue(lo: bigint, hi: bigint, test: (k: bigint) => boolean): bigint {
  let [yes, no] = [lo, hi + 1n];
  while (no - yes > 1n) {
    const mid = (yes + no) / 2n;
    if (test(mid)) yes = mid;
    else no = mid;
  }
  return yes;
}

/**
 * The largest k ≤ `highest` that fits, given that `best` fits. Every amount
 * above `top` — the last whose lower bound is within the budget — is out; the
 * plateaus of (best, top] are searched from the top down (the first whose
 * start fits holds the answer) and, past FROM_THE_TOP of them, from the bottom
 * up, skipping installments a last period far above the budget rules out.
 */
export function searchAbove(best: bigint, highest: bigint, budget: Decimal, ops: SearchOps): { best: bigint; plateaus?: number } {
  const fits = (q: Quote) => highestPayment(q).lte(budget);
  const fitsAt = (k: bigint) => fits(ops.quoteOf(k));
  let top = lastTrue(best, highest, (k) => lowerBound(ops.quoteOf(k)).lte(budget)); // lowerBound(best) ≤ H(best) ≤ budget
  for (let n = 0; n < FROM_THE_TOP && top > best; n++) {
    const plateau = ops.keyOf(top);
    const start = top - lastTrue(0n, top - best - 1n, (d) => ops.keyOf(top - d) === plateau); // first k > best on top's plateau
    if (fitsAt(start)) return { best: lastTrue(start, top, fitsAt) };
    top = start - 1n;
  }
  let plateaus = 0;
  for (let k = best + 1n; k <= top; plateaus++) {
    if (plateaus === MAX_PLATEAUS) return { best, plateaus };
    const q = ops.quoteOf(k);
    const plateau = ops.keyOf(k);
    const end = lastTrue(k, top, (j) => ops.keyOf(j) === plateau);
    if (fits(q)) best = lastTrue(k, end, fitsAt);
    const skip = installmentSkip(q, budget);
    const a = skip > 1n ? ops.installmentOf(k) + skip : undefined;
    k = a === undefined ? end + 1n : lastTrue(k, top, (j) => ops.installmentOf(j) < a) + 1n;
  }
  return { best };
}
