import { ZERO, type Decimal } from "./decimal.js";
import type { IsoDate } from "./dates.js";

/** One period of an amortization, before it is given a due date. */
export interface AmortizationRow {
  readonly payment: Decimal;
  readonly principal: Decimal;
  readonly interest: Decimal;
  /** Balance left after this period's payment. */
  readonly balance: Decimal;
}

/** One row of a dated repayment schedule. */
export interface ScheduleRow extends AmortizationRow {
  readonly period: number;
  readonly dueDate: IsoDate;
}

export interface ScheduleTotals {
  readonly payment: Decimal;
  readonly principal: Decimal;
  readonly interest: Decimal;
}

/** Sums the money columns of a schedule. */
export function totalsOf(rows: readonly AmortizationRow[]): ScheduleTotals {
  let payment = ZERO;
  let principal = ZERO;
  let interest = ZERO;
  for (const row of rows) {
    payment = payment.plus(row.payment);
    principal = principal.plus(row.principal);
    interest = interest.plus(row.interest);
  }
  return { payment, principal, interest };
}

/**
 * Builds one row from the balance before it and the principal and interest it
 * carries. The principal is capped at that balance: for amounts of a few 分
 * spread over many periods, round(P/n) or A − interest can exceed what is owed,
 * and a balance must never go negative.
 */
export function rowFrom(balanceBefore: Decimal, principal: Decimal, interest: Decimal): AmortizationRow {
  const paid = principal.gt(balanceBefore) ? balanceBefore : principal;
  return { payment: paid.plus(interest), principal: paid, interest, balance: balanceBefore.minus(paid) };
}
