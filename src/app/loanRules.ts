import type { Decimal } from "../engine/decimal.js";
import { DUE_DAY, MIN_FIRST_DAYS } from "../engine/dueDay.js";
import { METHOD_DEFINITIONS, methodDefinition, type Method } from "../engine/methods/index.js";
import type { FeeInput } from "../engine/fees.js";
import { FieldError, said, the } from "./fieldError.js";
import type { Field } from "./fields.js";
import { decimalOf, type LoanTermsRequest } from "./loanRequest.js";

// The rules of a loan's terms that need neither the amount nor the start:
// which rates and fees the method takes, and the conventions that go with them.

/** A percent within 0…max. */
export function checkPercent(field: Field, value: Decimal | undefined, max = 100, unit = "%"): void {
  if (value !== undefined && (value.lt(0) || value.gt(max))) {
    throw new FieldError(field, "range", said`${the(field)}: must be from 0 to ${max}${unit}, got ${value.toString()}`, { limit: { min: "0", max: String(max) }, got: value.toString() });
  }
}

/** A fee given as a percent: 0…100% of the loan. */
export function checkFeePercent(field: Field, fee: FeeInput | undefined): void {
  if (fee !== undefined && "percent" in fee) checkPercent(field, decimalOf(fee.percent));
}

/** What the method charges decides which of apr, feeRate and totalFeeRate belong. */
function checkCharges(t: LoanTermsRequest, method: Method): void {
  const { id, charges } = methodDefinition(method);
  const rate = t.rateField ?? "apr";
  if (charges === "fee") {
    if (t.apr !== undefined) throw new FieldError(rate, "not-for-method", said`${the(rate)}: ${id} charges a fee, not interest; give ${the("feeRate")} or ${the("totalFeeRate")} instead`);
    if ((t.feeRate === undefined) === (t.totalFeeRate === undefined)) {
      throw new FieldError("method", "one-fee-rate", said`${the("method")} ${id}: give exactly one of ${the("feeRate")} <percent per period> or ${the("totalFeeRate")} <percent for the whole term>`);
    }
    if ((t.interest ?? "monthly") === "daily") throw new FieldError("interest", "not-for-method", said`${the("interest")}: ${id} charges no interest, so daily interest does not apply`);
    return;
  }
  if (t.apr === undefined) {
    throw new FieldError("apr", "required", said`${the("apr", "<percent>")} or ${the("dailyRate", "<percent>")} is required (e.g. ${the("apr", "12")} or ${the("dailyRate", "0.02")})`);
  }
  const field = t.feeRate !== undefined ? "feeRate" : t.totalFeeRate !== undefined ? "totalFeeRate" : undefined;
  if (field) {
    const feeMethods = METHOD_DEFINITIONS.filter((d) => d.charges === "fee").map((d) => d.id);
    throw new FieldError(field, "not-for-method", said`${the(field)}: applies to ${the("method")} ${feeMethods.join(" or ")} only`);
  }
}

function wholeIn(field: Field, value: number, limit: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < limit.min || value > limit.max) {
    throw new FieldError(field, "range", said`${the(field)}: must be a whole number from ${limit.min} to ${limit.max}, got ${String(value)}`, { limit: { min: String(limit.min), max: String(limit.max) }, got: String(value) });
  }
}

/** The conventions against each other and the method: each applies where it means something. */
function checkConventions(t: LoanTermsRequest, method: Method): void {
  if (t.dueDay !== undefined) wholeIn("dueDay", t.dueDay, DUE_DAY);
  if (t.minFirstDays !== undefined) {
    if (t.dueDay === undefined) throw new FieldError("minFirstDays", "needs", said`${the("minFirstDays")}: needs ${the("dueDay")}`);
    wholeIn("minFirstDays", t.minFirstDays, MIN_FIRST_DAYS);
  }
  const { id, charges } = methodDefinition(method);
  for (const field of ["feeResidual", "principalRounding"] as const) {
    if (t[field] !== undefined && charges !== "fee") throw new FieldError(field, "not-for-method", said`${the(field)}: applies to fee-charging methods only, not ${the("method")} ${id}`);
  }
}

/**
 * The rules of a loan's terms, product aside: the rates and fees its method
 * takes, financeFee only with an upfrontFee, percents in range, conventions.
 */
export function checkTermsRules(t: LoanTermsRequest): void {
  const method = t.method ?? "equal-installment";
  checkCharges(t, method);
  if (t.financeFee && t.upfrontFee === undefined) throw new FieldError("financeFee", "needs", said`${the("financeFee")}: needs ${the("upfrontFee")}`);
  checkPercent("feeRate", t.feeRate);
  checkPercent("totalFeeRate", t.totalFeeRate);
  checkConventions(t, method);
}
