import type { Decimal } from "../engine/decimal.js";
import type { ProductLimits } from "../engine/products.js";
import type { LoanRequest, LoanTermsRequest } from "../app/loanRequest.js";
import type { IsoDate } from "../engine/dates.js";
import { amountForPayment, termsForPayment, type BudgetAnswer } from "../app/budgetQuote.js";
import { UsageError } from "../app/errors.js";
import { parseAmount } from "./parseInputs.js";

/** quote's options that work backwards from a monthly budget, as text. */
export interface RawBudgetOptions {
  /** Undefined when --terms was not given (12 is then the default). */
  readonly terms?: string;
  readonly payment?: string;
  readonly step?: string;
}

function positive(text: string, field: string): Decimal {
  const value = parseAmount(text, field);
  if (value.lte(0)) throw new UsageError(`${field}: must be more than 0, got ${JSON.stringify(text)}`);
  return value;
}

/**
 * The loan to quote: as given, or worked out from --payment — without an
 * amount the largest amount for --terms, with one the fewest terms.
 */
export function budgetLoan(amount: Decimal | undefined, raw: RawBudgetOptions, loan: LoanTermsRequest & { start: IsoDate }, product: ProductLimits): BudgetAnswer {
  if (raw.payment === undefined) {
    if (raw.step !== undefined) throw new UsageError("--step: needs --payment (and no amount)");
    return { input: { ...loan, amount: amount as Decimal }, notes: [] };
  }
  const payment = positive(raw.payment, "--payment");
  if (amount === undefined) return amountForPayment(loan, payment, product, raw.step === undefined ? undefined : positive(raw.step, "--step"));
  if (raw.step !== undefined) throw new UsageError("--step: rounds the amount --payment works out; with an amount given there is none to round");
  if (raw.terms !== undefined) throw new UsageError("--payment: with both an amount and --terms there is nothing to work out; leave out --terms for the fewest terms, or the amount for the largest amount");
  const { terms: _fixed, ...rest } = loan;
  return termsForPayment({ ...rest, amount }, payment, product);
}
