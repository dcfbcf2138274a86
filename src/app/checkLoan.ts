import { dueDates, isIsoDate } from "../engine/dates.js";
import { loanCalendar } from "../engine/dueDay.js";
import { resolveFee, type FeeInput } from "../engine/fees.js";
import type { ProductLimits } from "../engine/products.js";
import { FieldError, said, the } from "./fieldError.js";
import type { Field } from "./fields.js";
import { checkFeePercent, checkPercent, checkTermsRules } from "./loanRules.js";
import { decimalOf, type LoanRequest, type LoanTermsRequest } from "./loanRequest.js";
import { checkProductAmount, checkProductMethod, checkProductTerms } from "./productRules.js";

// The one validation of a loan against a product. The edge parsed the text;
// this says what is allowed; the engine then receives values it can trust.

/** The terms alone (no amount, no start): the rules of the method and the product's method, terms and rate. */
export function checkLoanTerms(t: LoanTermsRequest, product: ProductLimits): void {
  checkTermsRules(t);
  checkProductMethod(t, product);
  checkProductTerms(t, product);
}

/** A fee in CNY: whole 分, at most the loan. */
function checkFeeAmount(field: Field, fee: FeeInput | undefined, loan: LoanRequest): void {
  if (fee === undefined || !("amount" in fee)) return checkFeePercent(field, fee);
  const value = decimalOf(fee.amount);
  if (value.lt(0) || value.decimalPlaces() > 2) throw new FieldError(field, "money", said`${the(field)}: must be an amount of 0 or more with at most 2 decimals, got ${value.toString()}`, { got: value.toString() });
  const max = loan.amount.toFixed(2);
  if (value.gt(loan.amount)) throw new FieldError(field, "range", said`${the(field)}: must be at most the loan amount ${max}, got ${value.toString()}`, { limit: { max }, got: value.toString() });
}

/** The last due date stays within 9999-12-31 (a due day can put it a month further out). */
export function checkDates(loan: Pick<LoanRequest, "start" | "terms" | "dueDay" | "minFirstDays">): void {
  const last = loan.dueDay === undefined ? dueDates(loan.start, loan.terms).at(-1) : loanCalendar(loan.start, loan.terms, loan.dueDay, loan.minFirstDays).dates.at(-1);
  if (!isIsoDate(last ?? "")) throw new FieldError("start", "too-late", said`${the("start")}: the last due date (period ${loan.terms}) would fall after 9999-12-31; give an earlier start`, { limit: { max: "9999-12-31" } });
}

/**
 * A whole loan against `product`, once: the terms, the amount (with a
 * financed fee), the dates, the fees against the amount, the cap. Throws a
 * FieldError naming the field; the engine's checks are assertions behind it.
 */
export function checkLoanRequest(loan: LoanRequest, product: ProductLimits): void {
  if (!isIsoDate(loan.start)) throw new FieldError("start", "date", said`${the("start")}: must be a calendar date written YYYY-MM-DD`);
  checkTermsRules(loan);
  checkProductMethod(loan, product);
  checkProductAmount(loan, product);
  checkProductTerms(loan, product);
  checkDates(loan);
  checkFeeAmount("upfrontFee", loan.upfrontFee, loan);
  checkFeeAmount("monthlyFee", loan.monthlyFee, loan);
  const upfront = resolveFee(loan.upfrontFee, loan.amount);
  if (!loan.financeFee && loan.amount.minus(upfront).lte(0)) {
    throw new FieldError("upfrontFee", "no-payout", said`${the("upfrontFee")}: the upfront fee ${upfront.toFixed(2)} leaves nothing to pay out of ${loan.amount.toFixed(2)}`, { got: upfront.toFixed(2) });
  }
  checkPercent("cap", loan.cap, 1000);
}
