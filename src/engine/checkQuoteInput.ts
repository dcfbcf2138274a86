import { Decimal, type DecimalInput } from "./decimal.js";
import { addMonthsClamped, isIsoDate } from "./dates.js";
import { resolveFee, type FeeInput } from "./fees.js";
import { LoanInputError } from "./loanInputError.js";
import { INTEREST_BASES, METHODS } from "./methods.js";
import { findLimitViolation, PRODUCTS } from "./products.js";
import type { QuoteInput } from "./quote.js";
import { YEAR_BASES } from "./rates.js";

function fail(field: string, message: string): never {
  throw new LoanInputError(field, message);
}

/** A value as a message shows it: short, whatever was passed. */
function shown(value: unknown): string {
  if (typeof value !== "string") return String(value);
  return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
}

/** A finite decimal, or a LoanInputError naming `field` (never decimal.js's own error). */
export function decimalField(field: string, value: unknown): Decimal {
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

/**
 * Rejects what no product could quote: the wide bounds of `--product none`,
 * amounts finer than a 分, unknown words, fees that make no sense for the
 * method or cost more than the loan, non-numbers (with the field's name).
 */
export function checkQuoteInput(input: QuoteInput): void {
  const amount = decimalField("amount", input.amount);
  const apr = decimalField("apr", input.apr ?? 0);
  const violation = findLimitViolation(PRODUCTS.none, { amount, apr, terms: input.terms });
  if (violation) fail(violation.field, `${violation.field} must be from ${violation.min} to ${violation.max}, got ${violation.value}`);
  if (amount.decimalPlaces() > 2) fail("amount", "amount must be a whole number of 分 (at most 2 decimals)");
  const method = input.method ?? "equal-installment";
  if (!METHODS.includes(method)) fail("method", `method must be one of ${METHODS.join(", ")}`);
  if (!INTEREST_BASES.includes(input.interest ?? "monthly")) fail("interest", "interest must be monthly or daily");
  if (!isIsoDate(input.start)) fail("start", "start must be a calendar date written YYYY-MM-DD");
  if (!isIsoDate(addMonthsClamped(input.start, input.terms))) fail("start", `the last due date (period ${input.terms}) would fall after 9999-12-31; give an earlier start`);
  if (!YEAR_BASES.includes(input.yearBasis ?? 365)) fail("yearBasis", "yearBasis must be 365 or 360");

  const feeRate = input.feeRate === undefined ? undefined : decimalField("feeRate", input.feeRate);
  const totalFeeRate = input.totalFeeRate === undefined ? undefined : decimalField("totalFeeRate", input.totalFeeRate);
  checkPercent("feeRate", feeRate);
  checkPercent("totalFeeRate", totalFeeRate);
  if (method === "flat-fee") {
    if (feeRate === undefined && totalFeeRate === undefined) fail("feeRate", "flat-fee needs feeRate (percent per period) or totalFeeRate (percent for the whole term)");
    if (feeRate !== undefined && totalFeeRate !== undefined) fail("feeRate", "give feeRate or totalFeeRate, not both");
    if (!apr.isZero()) fail("apr", "flat-fee charges a fee, not interest: leave apr out");
    if ((input.interest ?? "monthly") === "daily") fail("interest", "flat-fee charges no interest, so daily interest does not apply");
  } else if (feeRate !== undefined || totalFeeRate !== undefined) {
    fail("feeRate", "feeRate and totalFeeRate apply to method flat-fee only");
  }
  checkFee("upfrontFee", input.upfrontFee, amount);
  checkFee("monthlyFee", input.monthlyFee, amount);
  checkUpfront(input, amount);
  if (input.cap !== undefined) checkPercent("cap", decimalField("cap", input.cap), 1000);
}
