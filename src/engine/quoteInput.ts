import { Decimal, type DecimalInput } from "./decimal.js";
import { dueDates, isIsoDate, type IsoDate } from "./dates.js";
import { checkConventions, type ConventionFields } from "./conventionInput.js";
import { loanCalendar } from "./dueDay.js";
import { resolveFee, type FeeInput } from "./fees.js";
import { LoanInputError } from "./loanInputError.js";
import { METHOD_DEFINITIONS, METHODS, methodDefinition, type Method } from "./methods/index.js";
import { fenOf } from "./money/fen.js";
import { findLimitViolation, PRODUCTS } from "./products.js";
import { shownValue } from "./shownValue.js";
import { INTEREST_BASES, YEAR_BASES, type InterestBasis, type YearBasis } from "./rates.js";

/** What a quote needs. Rates are in percent (12 means 12% a year). */
export interface QuoteInput extends ConventionFields {
  readonly amount: DecimalInput;
  /** Nominal annual rate: required for methods that charge interest, left out for those that charge a fee (flat-fee). */
  readonly apr?: DecimalInput;
  readonly terms: number;
  readonly method?: Method;
  /** Drawdown date, `YYYY-MM-DD`; period k falls due k months later. */
  readonly start: IsoDate;
  readonly yearBasis?: YearBasis;
  readonly interest?: InterestBasis;
  /** flat-fee: fee per period, percent of the amount. */
  readonly feeRate?: DecimalInput;
  /** flat-fee: fee for the whole term, percent of the amount (how 花呗 quotes it). */
  readonly totalFeeRate?: DecimalInput;
  readonly upfrontFee?: FeeInput;
  /** Add the upfront fee to the principal instead of deducting it from the payout (needs upfrontFee). */
  readonly financeFee?: boolean;
  readonly monthlyFee?: FeeInput;
  /** Cap on the comprehensive annualized cost, percent; DEFAULT_CAP (24) by default. */
  readonly cap?: DecimalInput;
}

/** A loan's terms without its amount and start: what can be checked before either is known. */
export type LoanTerms = Omit<QuoteInput, "amount" | "start">;

// The engine's contract, asserted: the app validates a request first
// (app/checkLoan.ts), so these fire only for a library caller's bad values.
// Messages name the library's fields; nothing rewords them.
function fail(field: string, message: string): never {
  throw new LoanInputError(field, message, "contract");
}

const shown = shownValue;

/** A finite decimal, or a LoanInputError naming `field` (never decimal.js's own error). */
export function decimalField(field: string, value: unknown): Decimal {
  if (value instanceof Decimal) return value.isFinite() ? value : fail(field, `${field} must be a finite number, got ${shown(value)}`); // parsed once, not wrapped again
  let d: Decimal | undefined;
  try {
    d = typeof value === "string" || typeof value === "number" || value instanceof Decimal ? new Decimal(value as DecimalInput) : undefined;
  } catch {
    d = undefined; // decimal.js's "Invalid argument": reported below in our words
  }
  if (d === undefined || !d.isFinite()) fail(field, `${field} must be a finite number, got ${shown(value)}`);
  return d;
}

function checkPercent(field: string, value: Decimal | undefined, max = 100): void {
  if (value !== undefined && (value.lt(0) || value.gt(max))) fail(field, `${field} must be from 0 to ${max}%, got ${value.toString()}`);
}

/** A fee's value, within 0…100% or 0…the loan amount: no fee costs more than the loan. */
function checkFee(field: string, fee: FeeInput | undefined, amount: Decimal): void {
  if (fee === undefined) return;
  if (typeof fee !== "object" || fee === null || ("amount" in fee) === ("percent" in fee)) fail(field, `${field} must be { amount } in CNY or { percent } of the loan`);
  if ("percent" in fee) return checkPercent(field, decimalField(field, fee.percent));
  const value = decimalField(field, fee.amount);
  if (value.lt(0) || value.decimalPlaces() > 2) fail(field, `${field} must be an amount of 0 or more with at most 2 decimals, got ${value.toString()}`);
  if (value.gt(amount)) fail(field, `${field} must be at most the loan amount ${amount.toFixed(2)}, got ${value.toString()}`);
}

/** Fees against the loan: a deducted fee must leave a payout, a financed one a principal in range. */
function checkUpfront(input: QuoteInput, amount: Decimal): void {
  const upfront = resolveFee(input.upfrontFee, amount);
  const max = PRODUCTS.none.amount.max;
  if (input.financeFee && amount.plus(upfront).gt(max)) {
    fail("upfrontFee", `the amount plus the financed upfront fee is ${amount.plus(upfront).toFixed(2)}, more than the maximum principal ${max.toString()}`);
  }
  if (!input.financeFee && amount.minus(upfront).lte(0)) fail("upfrontFee", `the upfront fee ${upfront.toFixed(2)} leaves nothing to pay out of ${amount.toFixed(2)}`);
}

/** What the method charges decides which of apr, feeRate and totalFeeRate belong. */
function checkCharges(input: LoanTerms, method: Method): void {
  const { id, charges } = methodDefinition(method);
  const hasFee = input.feeRate !== undefined || input.totalFeeRate !== undefined;
  if (charges === "fee") {
    if (input.apr !== undefined) fail("apr", `${id} charges a fee, not interest; give feeRate or totalFeeRate instead`);
    if ((input.feeRate === undefined) === (input.totalFeeRate === undefined)) {
      fail("method", `method ${id}: give exactly one of feeRate <percent per period> or totalFeeRate <percent for the whole term>`);
    }
    if ((input.interest ?? "monthly") === "daily") fail("interest", `${id} charges no interest, so daily interest does not apply`);
    return;
  }
  if (input.apr === undefined) fail("apr", `apr is required for method ${id} (percent a year, e.g. 12)`);
  if (hasFee) {
    const feeMethods = METHOD_DEFINITIONS.filter((d) => d.charges === "fee").map((d) => d.id);
    const field = input.feeRate !== undefined ? "feeRate" : "totalFeeRate";
    fail(field, `${field} applies to method ${feeMethods.join(" or ")} only`);
  }
}

/**
 * The checks that need neither the amount nor the start: known words, the
 * rates and fees the method takes, financeFee only with an upfrontFee.
 */
export function checkLoanTerms(input: LoanTerms): void {
  const method = input.method ?? "equal-installment";
  if (!METHODS.includes(method)) fail("method", `method must be one of ${METHODS.join(", ")}`);
  if (!INTEREST_BASES.includes(input.interest ?? "monthly")) fail("interest", `interest must be ${INTEREST_BASES.join(" or ")}`);
  if (!YEAR_BASES.includes(input.yearBasis ?? 365)) fail("yearBasis", `yearBasis must be ${YEAR_BASES.join(" or ")}`);
  checkCharges(input, method);
  if (input.financeFee && input.upfrontFee === undefined) fail("financeFee", "financeFee needs upfrontFee");
  checkPercent("feeRate", input.feeRate === undefined ? undefined : decimalField("feeRate", input.feeRate));
  checkPercent("totalFeeRate", input.totalFeeRate === undefined ? undefined : decimalField("totalFeeRate", input.totalFeeRate));
  checkConventions({ ...input, method });
}

/**
 * The engine's assertion of a QuoteInput's contract (the validation against a
 * product is the app's, checkLoanRequest). Rejects what no product could quote: the
 * wide bounds of `--product none`, amounts finer than a 分, unknown words,
 * rates and fees that make no sense for the method or cost more than the loan,
 * non-numbers (with the field's name). Throws LoanInputError.
 */
export function checkQuoteInput(input: QuoteInput): void {
  checkedQuoteInput(input);
}

/** checkQuoteInput, handing back the amount and APR it parsed (quote() need not parse them again). */
export function checkedQuoteInput(input: QuoteInput): { readonly amount: Decimal; readonly apr: Decimal } {
  const amount = decimalField("amount", input.amount);
  const apr = decimalField("apr", input.apr ?? 0);
  const violation = findLimitViolation(PRODUCTS.none, { amount, apr, terms: input.terms });
  if (violation) fail(violation.field, `${violation.field} must be from ${violation.min} to ${violation.max}, got ${violation.value}`);
  fenOf(amount);
  if (!isIsoDate(input.start)) fail("start", "start must be a calendar date written YYYY-MM-DD");
  if (!isIsoDate(dueDates(input.start, input.terms).at(-1) ?? "")) fail("start", `the last due date (period ${input.terms}) would fall after 9999-12-31; give an earlier start`);
  checkLoanTerms(input);
  // A due day can put the first due date a month further out.
  if (input.dueDay !== undefined && !isIsoDate(loanCalendar(input.start, input.terms, input.dueDay, input.minFirstDays).dates.at(-1) ?? "")) {
    fail("start", `the last due date (period ${input.terms}) would fall after 9999-12-31; give an earlier start`);
  }
  checkFee("upfrontFee", input.upfrontFee, amount);
  checkFee("monthlyFee", input.monthlyFee, amount);
  checkUpfront(input, amount);
  if (input.cap !== undefined) checkPercent("cap", decimalField("cap", input.cap), 1000);
  return { amount, apr };
}
