import { Decimal, type DecimalInput } from "../engine/decimal.js";
import type { IsoDate } from "../engine/dates.js";
import { decimalField, type LoanTerms, type QuoteInput } from "../engine/quoteInput.js";

/**
 * A loan's terms as the edge parsed them: every number a Decimal already,
 * and which field carried the rate (an APR worked out from a daily rate is
 * reported against `dailyRate`). Validated by checkLoanTerms.
 */
export interface LoanTermsRequest extends LoanTerms {
  readonly apr?: Decimal;
  readonly feeRate?: Decimal;
  readonly totalFeeRate?: Decimal;
  readonly cap?: Decimal;
  readonly rateField?: "apr" | "dailyRate";
}

/** A whole loan to quote: its terms, the amount and the drawdown date. Validated by checkLoanRequest. */
export interface LoanRequest extends LoanTermsRequest {
  readonly amount: Decimal;
  readonly start: IsoDate;
}

/** A fee's value as a Decimal: the edge parsed it already, so this wraps only what a library caller gave as text. */
export const decimalOf = (value: DecimalInput): Decimal => (value instanceof Decimal ? value : new Decimal(value));

/**
 * A library caller's QuoteInput as a LoanRequest: its numbers as Decimals
 * (a Decimal passes as it is, so what the CLI parsed is not converted again;
 * a non-number is the engine's LoanInputError on its field).
 */
export function loanRequestOf(input: QuoteInput): LoanRequest {
  const optional = (field: "apr" | "feeRate" | "totalFeeRate" | "cap") => (input[field] === undefined ? undefined : decimalField(field, input[field]));
  const [apr, feeRate, totalFeeRate, cap] = [optional("apr"), optional("feeRate"), optional("totalFeeRate"), optional("cap")];
  const { apr: _a, feeRate: _f, totalFeeRate: _t, cap: _c, ...rest } = input;
  return { ...rest, amount: decimalField("amount", input.amount), ...(apr ? { apr } : {}), ...(feeRate ? { feeRate } : {}), ...(totalFeeRate ? { totalFeeRate } : {}), ...(cap ? { cap } : {}) };
}
