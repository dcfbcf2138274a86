import type { Quote } from "../engine/quote.js";

/** True when any row carries a fee, so views add a fee column. */
export function hasRowFees(q: Quote): boolean {
  return !q.totals.fee.isZero();
}
