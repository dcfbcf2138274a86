import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addMonths } from "date-fns/addMonths";
import { boundedMemo } from "./boundedMemo.js";

/** A calendar date as `YYYY-MM-DD`; the engine never reads the clock. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in month `m` (1…12) of year `y`, proleptic Gregorian: February has 29 in leap years. */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(text: string): text is IsoDate {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * The date `months` months after `start`, on the same day of the month or, where
 * that month is shorter, its last day (date-fns `addMonths` clamps exactly so).
 * Always counted from the start date, so Jan 31 gives Feb 28 and then Mar 31.
 * The arithmetic runs on a UTCDateMini (a UTCDate without its formatting), never a local Date: a local midnight or noon
 * can be skipped (Pacific/Apia has no 2011-12-30), a day in UTC cannot.
 */
export function addMonthsClamped(start: IsoDate, months: number): IsoDate {
  const date = new UTCDateMini(0);
  // setFullYear, unlike the constructor, keeps years 0–99 as written
  date.setFullYear(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
  const due = addMonths(date, months);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(due.getFullYear(), 4)}-${pad(due.getMonth() + 1, 2)}-${pad(due.getDate(), 2)}`;
}

const calendars = boundedMemo<readonly IsoDate[]>();

/** Due dates of periods 1…n for a loan drawn down on `start` (each call gets its own array). */
export function dueDates(start: IsoDate, terms: number): IsoDate[] {
  // Memoized per (start, terms): a batch quotes many loans from the same day, and dates cost more than the money (quotes take 2.5 times as long without).
  return [...calendars(`${start}/${terms}`, () => Array.from({ length: terms }, (_, i) => addMonthsClamped(start, i + 1)))];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, in integer arithmetic
 * (H. Hinnant, "days_from_civil"): no Date, no time zone, no daylight saving.
 */
function dayNumber(iso: IsoDate): number {
  const y0 = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0; // the year starts in March, so Feb 29 is its last day
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Whole days from `from` to `to` (first day counted, last not). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
