import { ZERO, type Decimal } from "./decimal.js";
import type { IsoDate } from "./dates.js";
import { decimalOfSafeFen, safeFenOf } from "./money/fenDecimal.js";

/** One period of an amortization, before it is given a due date. */
export interface AmortizationRow {
  /** principal + interest + fee */
  readonly payment: Decimal;
  readonly principal: Decimal;
  readonly interest: Decimal;
  /** Installment or monthly fee charged this period (0 when there is none). */
  readonly fee: Decimal;
  /** Balance left after this period's payment. */
  readonly balance: Decimal;
}

/** One row of a dated repayment schedule. */
export interface ScheduleRow extends AmortizationRow {
  readonly period: number;
  readonly dueDate: IsoDate;
}

/** The sums of a schedule's money columns. */
export interface ScheduleTotals {
  readonly payment: Decimal;
  readonly principal: Decimal;
  readonly interest: Decimal;
  readonly fee: Decimal;
}

/** Sums the money columns of a schedule. */
export function totalsOf(rows: readonly AmortizationRow[]): ScheduleTotals {
  return totalsInFen(rows) ?? totalsInDecimals(rows);
}

/** The sums in whole 分 as plain integers, while every amount and sum stays a safe integer. */
function totalsInFen(rows: readonly AmortizationRow[]): ScheduleTotals | undefined {
  const sums = [0, 0, 0, 0];
  for (const row of rows) {
    const columns = [row.payment, row.principal, row.interest, row.fee];
    for (let c = 0; c < 4; c++) {
      const fen = safeFenOf(columns[c] as Decimal);
      if (fen === undefined) return undefined;
      const sum = (sums[c] as number) + fen;
      if (!Number.isSafeInteger(sum)) return undefined;
      sums[c] = sum;
    }
  }
  const [payment, principal, interest, fee] = sums.map(decimalOfSafeFen) as [Decimal, Decimal, Decimal, Decimal];
  return { payment, principal, interest, fee };
}

function totalsInDecimals(rows: readonly AmortizationRow[]): ScheduleTotals {
  let payment = ZERO;
  let principal = ZERO;
  let interest = ZERO;
  let fee = ZERO;
  for (const row of rows) {
    payment = payment.plus(row.payment);
    principal = principal.plus(row.principal);
    interest = interest.plus(row.interest);
    fee = fee.plus(row.fee);
  }
  return { payment, principal, interest, fee };
}

/**
 * Builds one row from the balance before it and the principal, interest and
 * fee it carries. The principal is kept within [0, balance]: for amounts of a
 * few 分 over many periods round(P/n) or A − interest can exceed what is owed,
 * and under daily interest a long month's interest can exceed the installment;
 * a balance must never go negative nor grow.
 */
export function rowFrom(balanceBefore: Decimal, principal: Decimal, interest: Decimal, fee: Decimal = ZERO): AmortizationRow {
  const paid = principal.gt(balanceBefore) ? balanceBefore : principal.lt(0) ? ZERO : principal;
  return { payment: paid.plus(interest).plus(fee), principal: paid, interest, fee, balance: balanceBefore.minus(paid) };
}

/** Adds `fee` to every row's fee and payment (a monthly account fee). */
export function withFee(rows: readonly AmortizationRow[], fee: Decimal): AmortizationRow[] {
  if (fee.isZero()) return [...rows];
  return rows.map((r) => ({ ...r, fee: r.fee.plus(fee), payment: r.payment.plus(fee) }));
}

/** The rows up to the one that clears the balance (a shortened term ends there). */
export function untilPaid(rows: AmortizationRow[]): AmortizationRow[] {
  const last = rows.findIndex((row) => row.balance.isZero());
  return last < 0 ? rows : rows.slice(0, last + 1);
}
