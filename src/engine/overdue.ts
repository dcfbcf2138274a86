import { decimalField } from "./checkQuoteInput.js";
import type { Decimal, DecimalInput } from "./decimal.js";
import { LoanInputError } from "./loanInputError.js";
import { roundMoney } from "./money.js";
import { applyRate, dailyRateOf } from "./rate.js";
import type { Quote } from "./quote.js";
import type { ScheduleRow } from "./schedule.js";

/** 罚息 on one late installment. */
export interface Overdue {
  readonly period: number;
  readonly days: number;
  /** multiplier × the contract APR, percent a year. */
  readonly penaltyRate: Decimal;
  readonly penalty: Decimal;
}

/**
 * Penalty interest on installment `period` paid `days` late: the installment ×
 * (multiplier × APR) ÷ year basis × days, rounded half-up to the 分.
 */
export function overdue(q: Quote, period: number, days: number, multiplier: DecimalInput = "1.5"): Overdue {
  if (!Number.isInteger(period) || period < 1 || period > q.terms) {
    throw new LoanInputError("overdue", `overdue period must be from 1 to ${q.terms}, got ${period}`);
  }
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new LoanInputError("overdue", `overdue days must be from 1 to 3650, got ${days}`);
  const m = decimalField("penaltyMultiplier", multiplier);
  if (!m.isFinite() || m.lt(0) || m.gt(10)) throw new LoanInputError("penaltyMultiplier", `penalty multiplier must be from 0 to 10, got ${m.toString()}`);
  const penaltyRate = q.apr.times(m);
  const installment = (q.schedule[period - 1] as ScheduleRow).payment;
  const penalty = roundMoney(applyRate(installment, dailyRateOf(penaltyRate, q.yearBasis, days)));
  return { period, days, penaltyRate, penalty };
}
