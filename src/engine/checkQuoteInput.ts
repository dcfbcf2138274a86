import { Decimal } from "./decimal.js";
import { isIsoDate } from "./dates.js";
import { LoanInputError } from "./loanInputError.js";
import { INTEREST_BASES, METHODS } from "./methods.js";
import { findLimitViolation, PRODUCTS } from "./products.js";
import type { QuoteInput } from "./quote.js";
import { YEAR_BASES } from "./rates.js";

function fail(field: string, message: string): never {
  throw new LoanInputError(field, message);
}

function checkPercent(field: string, value: Decimal | undefined, max = 100): void {
  if (value !== undefined && (!value.isFinite() || value.lt(0) || value.gt(max))) fail(field, `${field} must be from 0 to ${max}%, got ${value.toString()}`);
}

/**
 * Rejects what no product could quote: the wide bounds of `--product none`,
 * amounts finer than a 分, unknown words, fees that make no sense for the method.
 */
export function checkQuoteInput(input: QuoteInput): void {
  const amount = new Decimal(input.amount);
  const apr = new Decimal(input.apr ?? 0);
  const violation = findLimitViolation(PRODUCTS.none, { amount, apr, terms: input.terms });
  if (violation) fail(violation.field, `${violation.field} must be from ${violation.min} to ${violation.max}, got ${violation.value}`);
  if (amount.decimalPlaces() > 2) fail("amount", "amount must be a whole number of 分 (at most 2 decimals)");
  const method = input.method ?? "equal-installment";
  if (!METHODS.includes(method)) fail("method", `method must be one of ${METHODS.join(", ")}`);
  if (!INTEREST_BASES.includes(input.interest ?? "monthly")) fail("interest", "interest must be monthly or daily");
  if (!isIsoDate(input.start)) fail("start", "start must be a calendar date written YYYY-MM-DD");
  if (!YEAR_BASES.includes(input.yearBasis ?? 365)) fail("yearBasis", "yearBasis must be 365 or 360");

  const feeRate = input.feeRate === undefined ? undefined : new Decimal(input.feeRate);
  const totalFeeRate = input.totalFeeRate === undefined ? undefined : new Decimal(input.totalFeeRate);
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
  for (const [field, fee] of [["upfrontFee", input.upfrontFee], ["monthlyFee", input.monthlyFee]] as const) {
    if (fee === undefined) continue;
    const value = new Decimal("amount" in fee ? fee.amount : fee.percent);
    if ("percent" in fee) checkPercent(field, value);
    else if (!value.isFinite() || value.lt(0) || value.decimalPlaces() > 2) fail(field, `${field} must be an amount of 0 or more with at most 2 decimals, got ${value.toString()}`);
  }
  if (input.cap !== undefined) checkPercent("cap", new Decimal(input.cap), 1000);
}
