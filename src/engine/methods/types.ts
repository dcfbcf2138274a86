import type { Decimal } from "../decimal.js";
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
  /** The fee per period in percent when it was quoted so (feeRate), for rounding it per period. */
  readonly feeRate?: Decimal;
  /** Which flat-fee period takes the rounding leftovers: the first (花呗) or the last (招商银行, card issuers). */
  readonly feeResidual?: FeeResidual;
  /** How the flat-fee principal share is rounded; by default truncated with `first`, half-up with `last`. */
  readonly principalRounding?: PrincipalRounding;
  /**
   * With a fixed due day: the rate of the irregular first period (APR ÷ basis ×
   * its actual days). `rates[0]` is then the regular first period's rate.
   */
  readonly firstPeriodRate?: Rate;
}

/**
 * How a flat-fee period's principal share P/n is rounded to the 分: `half-up`
 * (most card issuers) or `truncate` (招商银行's own example: 100,000 over 24 is
 * 4,166.66 a period, the last 4,166.82).
 */
export type PrincipalRounding = "half-up" | "truncate";

/** Both ways of rounding a flat-fee principal share. */
export const PRINCIPAL_ROUNDINGS: readonly PrincipalRounding[] = ["half-up", "truncate"];

/** Which flat-fee period takes the 分 left over by rounding each period's share. */
export type FeeResidual = "first" | "last";
/** Both ways of placing the flat-fee rounding leftovers. */
export const FEE_RESIDUALS: readonly FeeResidual[] = ["first", "last"];

/** What a flat-fee payoff charges of the fees of periods not yet due. */
export type FlatFeePrepay = "remaining" | "waived";
/** Both flat-fee payoff conventions. */
export const FLAT_FEE_PREPAYS: readonly FlatFeePrepay[] = ["remaining", "waived"];

/** How a partial prepayment re-amortizes: end sooner, or pay less each period. */
export type PrepayMode = "reduce-term" | "reduce-payment";
/** Both prepayment modes. */
export const PREPAY_MODES: readonly PrepayMode[] = ["reduce-term", "reduce-payment"];

/**
 * The parts of a quoted loan a method reads to re-amortize it (a Quote is
 * one): named here so the methods need not import quote.ts, which imports them.
 */
export interface QuotedLoan {
  readonly amount: Decimal;
  readonly apr: Decimal;
  readonly terms: number;
}

/** What a method needs to lay out the rest of a loan after a partial prepayment. */
export interface PrepayRowsRequest {
  /** The loan as first quoted. */
  readonly quote: QuotedLoan;
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
  /**
   * Methods that cannot be re-amortized but can be paid off: what the payoff
   * charges beyond the principal, given the rows not yet due.
   */
  readonly payoffCharge?: (notYetDue: readonly AmortizationRow[], policy: FlatFeePrepay) => Decimal;
  /** True when lenders also print the simple 单利 rate, total interest ÷ principal ÷ years (bullet). */
  readonly disclosesSimpleRate?: boolean;
}
