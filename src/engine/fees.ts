import { Decimal, ZERO, type DecimalInput } from "./decimal.js";
import { roundMoney } from "./money/money.js";

/** A fee given as an amount in CNY or as a percent of the loan amount. */
export type FeeInput = { readonly amount: DecimalInput } | { readonly percent: DecimalInput };

/** The fee in CNY for a loan of `loanAmount`, rounded half-up to the 分. */
export function resolveFee(fee: FeeInput | undefined, loanAmount: DecimalInput): Decimal {
  if (fee === undefined) return ZERO;
  if ("amount" in fee) return roundMoney(fee.amount);
  return roundMoney(new Decimal(loanAmount).times(fee.percent).div(100));
}

/** Fees a quote charged, in CNY. */
export interface Fees {
  /** Taken at drawdown: deducted from what is paid out, or financed into the principal. */
  readonly upfront: Decimal;
  /** Charged with every installment. */
  readonly monthly: Decimal;
  /** The whole installment fee of a flat-fee (分期手续费) schedule; 0 otherwise. */
  readonly installment: Decimal;
  /** Everything above over the life of the loan. */
  readonly total: Decimal;
  /** True when the upfront fee was added to the principal rather than deducted. */
  readonly financed: boolean;
}

/** The fees of a quote, with their total over the life of the loan. */
export function feesOf(upfront: Decimal, monthly: Decimal, terms: number, installment: Decimal, financed: boolean): Fees {
  return { upfront, monthly, installment, total: upfront.plus(monthly.times(terms)).plus(installment), financed };
}
