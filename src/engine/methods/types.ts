import type { Decimal } from "../decimal.js";
import type { PrepayMode } from "../prepayment.js";
import type { Quote } from "../quote.js";
import type { Rate } from "../rates.js";
import type { AmortizationRow } from "../schedule.js";

/** What every method needs to lay out its rows. */
export interface RowsRequest {
  readonly principal: Decimal;
  readonly terms: number;
  /** APR/12: the rate the equal installment is computed at. */
  readonly monthlyRate: Rate;
  /** The rate charged in each period (APR/12, or daily rate × days). */
  readonly rates: readonly Rate[];
  /** Whole-term fee percent for methods that charge a fee; 0 for the others. */
  readonly totalFeePercent: Decimal;
}

/** What a method needs to lay out the rest of a loan after a partial prepayment. */
export interface PrepayRowsRequest {
  /** The loan as first quoted. */
  readonly quote: Quote;
  /** The principal left after the prepayment. */
  readonly balance: Decimal;
  /** The rate of each period still to come. */
  readonly rates: readonly Rate[];
  readonly mode: PrepayMode;
}

/**
 * Everything the engine knows about one repayment method. Adding a method is
 * one file exporting one of these, listed in methods/index.ts (plus its labels
 * in views/quoteLabels.ts).
 */
export interface MethodDefinition<Id extends string = string> {
  /** The canonical (English, kebab-case) name. */
  readonly id: Id;
  /** The other names people use for it (Chinese), accepted wherever the id is. */
  readonly aliases: readonly string[];
  /**
   * What the borrower pays for the money: interest on the balance (an APR,
   * monthly or daily), or a fee on the amount (feeRate or totalFeeRate, no APR
   * and so no daily interest).
   */
  readonly charges: "interest" | "fee";
  /** The rows after a partial prepayment; undefined when the method cannot be prepaid. */
  readonly prepay: ((req: PrepayRowsRequest) => AmortizationRow[]) | undefined;
  /** The amortization rows of a new loan. */
  readonly rows: (req: RowsRequest) => AmortizationRow[];
}
