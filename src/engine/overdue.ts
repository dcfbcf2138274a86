import type { Decimal, DecimalInput } from "./decimal.js";
import { LoanInputError } from "./loanInputError.js";
import { interestOn } from "./money/fen.js";
import type { Quote } from "./quote.js";
import { decimalField } from "./quoteInput.js";
import { dailyRateOf } from "./rates.js";
import type { ScheduleRow } from "./schedule.js";

/** How late an installment may be, in days: up to ten years. */
export const OVERDUE_DAYS = { min: 1, max: 3650 } as const;

/** The penalty rate as a multiple of the contract APR: 1.5× unless the contract says otherwise, at most 10×. */
export const PENALTY_MULTIPLIER = { min: 0, max: 10, standard: "1.5" } as const;

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
export function overdue(q: Quote, period: number, days: number, multiplier: DecimalInput = PENALTY_MULTIPLIER.standard): Overdue {
  if (!Number.isInteger(period) || period < 1 || period > q.terms) {
    throw new LoanInputError("overdue", `overdue period must be from 1 to ${q.terms}, got ${period}`, "range", `period must be from 1 to ${q.terms}, got ${period}`);
  }
  const { min, max } = OVERDUE_DAYS;
  if (!Number.isInteger(days) || days < min || days > max) throw new LoanInputError("overdue", `overdue days must be from ${min} to ${max}, got ${days}`, "range", `days must be from ${min} to ${max}, got ${days}`);
  const m = decimalField("penaltyMultiplier", multiplier);
  const limits = PENALTY_MULTIPLIER;
  if (m.lt(limits.min) || m.gt(limits.max)) throw new LoanInputError("penaltyMultiplier", `penalty multiplier must be from ${limits.min} to ${limits.max}, got ${m.toString()}`, "range");
  const penaltyRate = q.apr.times(m);
  const installment = (q.schedule[period - 1] as ScheduleRow).payment;
  const penalty = interestOn(installment, dailyRateOf(penaltyRate, q.yearBasis, days));
  return { period, days, penaltyRate, penalty };
}
