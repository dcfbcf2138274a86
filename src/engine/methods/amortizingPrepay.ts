import type { Decimal } from "../decimal.js";
import { monthlyRateOf, type Rate } from "../rates.js";
import { untilPaid, type AmortizationRow } from "../schedule.js";
import type { PrepayRowsRequest, QuotedLoan } from "./types.js";

/** A method's row builder: amount, APR/12, terms, each period's rate, and what it keeps fixed. */
type AmortizingRows = (amount: Decimal, rate: Rate, terms: number, rates: readonly Rate[], fixed?: Decimal) => AmortizationRow[];

/**
 * Prepayment for the amortizing methods: reduce-payment re-amortizes the
 * balance over the periods left; reduce-term keeps `kept` (the installment,
 * or the principal share) and ends when the balance is paid.
 */
export function amortizingPrepay(rows: AmortizingRows, kept: (original: QuotedLoan) => Decimal): (req: PrepayRowsRequest) => AmortizationRow[] {
  return ({ quote, balance, rates, mode }) => {
    const r = monthlyRateOf(quote.apr);
    if (mode === "reduce-payment") return rows(balance, r, rates.length, rates);
    return untilPaid(rows(balance, r, rates.length, rates, kept(quote)));
  };
}
