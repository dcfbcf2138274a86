import type { Overdue } from "../engine/overdue.js";
import type { Prepayment } from "../engine/prepayment.js";
import type { Quote } from "../engine/quote.js";

/** What `quote` shows: the quote and, when asked for, a prepayment and a late installment. */
export interface QuoteReport {
  readonly quote: Quote;
  readonly prepayment?: Prepayment;
  readonly overdue?: Overdue;
}

/** True when any row carries a fee, so views add a fee column. */
export function hasRowFees(q: Quote): boolean {
  return !q.totals.fee.isZero();
}
