import { DUE_DAY, MIN_FIRST_DAYS } from "./dueDay.js";
import { LoanInputError } from "./loanInputError.js";
import { shownValue } from "./shownValue.js";
import { methodDefinition, type Method } from "./methods/index.js";
import { FEE_RESIDUALS, PRINCIPAL_ROUNDINGS, type FeeResidual, type PrincipalRounding } from "./methods/types.js";

/** The lending conventions a loan may name beside its price (all optional). */
export interface ConventionFields {
  /** 固定还款日: every period falls due on this day of the month, 1…28. */
  readonly dueDay?: number;
  /** With dueDay: the first due date is at least this many days after the drawdown (15 by default). */
  readonly minFirstDays?: number;
  /** flat-fee: which period takes the rounding leftovers, `first` (花呗, the default) or `last` (招商银行). */
  readonly feeResidual?: FeeResidual;
  /** flat-fee: how each period's principal share is rounded, `half-up` or `truncate` (招商银行's example). */
  readonly principalRounding?: PrincipalRounding;
}

function wholeIn(field: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new LoanInputError(field, `${field} must be a whole number from ${min} to ${max}, got ${shownValue(value)}`);
  }
}

/** Checks the conventions against each other and the method: each applies where it means something. */
export function checkConventions(input: ConventionFields & { readonly method?: Method }): void {
  if (input.dueDay !== undefined) wholeIn("dueDay", input.dueDay, DUE_DAY.min, DUE_DAY.max);
  if (input.minFirstDays !== undefined) {
    if (input.dueDay === undefined) throw new LoanInputError("minFirstDays", "minFirstDays needs dueDay");
    wholeIn("minFirstDays", input.minFirstDays, MIN_FIRST_DAYS.min, MIN_FIRST_DAYS.max);
  }
  if (input.feeResidual !== undefined) feeOnly("feeResidual", input.feeResidual, FEE_RESIDUALS, input.method);
  if (input.principalRounding !== undefined) feeOnly("principalRounding", input.principalRounding, PRINCIPAL_ROUNDINGS, input.method);
}

/** A flat-fee rounding convention: one of `choices`, and only for a method that charges a fee. */
function feeOnly(field: string, value: string, choices: readonly string[], method: Method | undefined): void {
  if (!choices.includes(value)) throw new LoanInputError(field, `${field} must be ${choices.join(" or ")}`);
  const { id, charges } = methodDefinition(method ?? "equal-installment");
  if (charges !== "fee") throw new LoanInputError(field, `${field} applies to fee-charging methods only, not method ${id}`);
}
