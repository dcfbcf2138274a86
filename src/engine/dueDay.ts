import { Decimal, ONE } from "./decimal.js";
import { addMonthsClamped, daysBetween, dueDates, type IsoDate } from "./dates.js";

// 固定还款日: every installment falls due on the same day of the month, and
// the first period runs from the drawdown to the first such day at least
// `minFirstDays` away, so it is longer or shorter than a month (首期按实际天数计息).

/** The days of the month a fixed due day may be: every month has them. */
export const DUE_DAY = { min: 1, max: 28 } as const;
/** The shortest first period, in days: lenders do not bill a loan a few days old. */
export const MIN_FIRST_DAYS = { min: 1, max: 31, standard: 15 } as const;

/** When each period falls due, and how long the first one is. */
export interface LoanCalendar {
  readonly dates: IsoDate[];
  /** Days from the drawdown to the first due date (first day counted, last not). */
  readonly firstPeriodDays: number;
  /**
   * The first period in months on the IRR's month grid: 1 for a regular loan,
   * actual days × 12 ÷ 365 with a fixed due day.
   */
  readonly firstPeriodMonths: Decimal;
}

/** `YYYY-MM-DD` of `date` with its day replaced by `day` (1…28: valid in every month). */
function onDay(date: IsoDate, day: number): IsoDate {
  return `${date.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

/** The first date on day `day` of a month that is at least `minDays` days after `start`. */
export function firstDueDate(start: IsoDate, day: number, minDays: number): IsoDate {
  let due = onDay(start, day);
  while (daysBetween(start, due) < minDays) due = addMonthsClamped(due, 1);
  return due;
}

/**
 * Due dates of periods 1…n: k months after the drawdown (the regular calendar),
 * or, with a due day D, the first day D at least `minFirstDays` after the
 * drawdown and then every month on day D.
 */
export function loanCalendar(start: IsoDate, terms: number, dueDay?: number, minFirstDays: number = MIN_FIRST_DAYS.standard): LoanCalendar {
  if (dueDay === undefined) {
    const dates = dueDates(start, terms);
    return { dates, firstPeriodDays: daysBetween(start, dates[0] as IsoDate), firstPeriodMonths: ONE };
  }
  const first = firstDueDate(start, dueDay, minFirstDays);
  const dates = Array.from({ length: terms }, (_, i) => addMonthsClamped(first, i));
  const firstPeriodDays = daysBetween(start, first);
  return { dates, firstPeriodDays, firstPeriodMonths: new Decimal(firstPeriodDays).times(12).div(365) };
}

/** When each period's payment falls on the IRR's month grid: the first period's length, then one month each. */
export function periodTimes(calendar: LoanCalendar): Decimal[] {
  return calendar.dates.map((_, k) => calendar.firstPeriodMonths.plus(k));
}
