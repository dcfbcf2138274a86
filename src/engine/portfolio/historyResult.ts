import type { BookHistory } from "./bookOverTime.js";
import { FROM_STATES, TO_STATES } from "./bookOverTime.js";
import { count, money, ratio } from "./figures.js";

/** One cohort's vintage curve: the share of its booked amount that has defaulted (90+ days past due or charged off) by each month on book. */
export interface Vintage {
  /** The month it was booked in (0-based, as the month rows). */
  readonly cohort: number;
  readonly bookedAmount: string;
  /** By month on book 0..: cumulative, so never decreasing. */
  readonly cumulativeDefaultRate: readonly string[];
}

/** One row of the roll-rate matrix: where the loans in a state at a month's end are a month later. */
export interface RollRow {
  readonly from: (typeof FROM_STATES)[number];
  /** Loan-months that started in this state (a mean over runs). */
  readonly loanMonths: number;
  /** Shares that sum to 1 (up to rounding to 4 places). */
  readonly to: Readonly<Record<(typeof TO_STATES)[number], string>>;
}

/** The vintages of cohorts 0..cohorts−1 over `monthsOnBook` + 1 months on book. */
export function vintagesOf(h: BookHistory, cohorts: number, monthsOnBook: number, runs: number): Vintage[] {
  return Array.from({ length: cohorts }, (_, c) => {
    const booked = h.cohortBooked[c] ?? 0n;
    let sum = 0n;
    const curve = Array.from({ length: monthsOnBook + 1 }, (_, m) => ratio((sum += h.vintage[c]?.[m] ?? 0n), booked));
    return { cohort: c, bookedAmount: money(booked, runs), cumulativeDefaultRate: curve };
  });
}

/** The roll-rate matrix, row by row, from the pooled loan-month counts. */
export function rollRatesOf(h: BookHistory, runs: number): RollRow[] {
  return FROM_STATES.map((from, i) => {
    const row = TO_STATES.map((_, j) => h.rolls[i * TO_STATES.length + j] ?? 0n);
    const total = row.reduce((a, b) => a + b, 0n);
    return { from, loanMonths: count(total, runs), to: Object.fromEntries(TO_STATES.map((to, j) => [to, ratio(row[j] as bigint, total)])) as RollRow["to"] };
  });
}
