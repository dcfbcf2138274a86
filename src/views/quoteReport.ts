import type { Decimal } from "../engine/decimal.js";
import type { Overdue } from "../engine/overdue.js";
import type { Prepayment } from "../engine/prepayment.js";
import type { Quote } from "../engine/quote.js";

/** What `quote` shows: the quote and, when asked for, a prepayment and a late installment. */
export interface QuoteReport {
  readonly quote: Quote;
  readonly prepayment?: Prepayment;
  readonly overdue?: Overdue;
  /** Several prepayments, in date order (then `prepayment` is left out). */
  readonly prepayments?: readonly Prepayment[];
  /** With prepayments: the IRR-annualized cost of the cash really paid, percent. */
  readonly effectiveRate?: { readonly simple: Decimal; readonly compound: Decimal };
}

/** True when any row carries a fee, so views add a fee column. */
export function hasRowFees(q: Quote): boolean {
  return !q.totals.fee.isZero();
}
