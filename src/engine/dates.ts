import { UTCDate } from "@date-fns/utc";
import { addMonths } from "date-fns/addMonths";

/** A calendar date as `YYYY-MM-DD`; the engine never reads the clock. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is false).
 * Checked by round-tripping through a UTC date, which rolls impossible days over.
 */
export function isIsoDate(text: string): text is IsoDate {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new UTCDate(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

function toUtcDate(iso: IsoDate): UTCDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
}

function toIso(date: UTCDate): IsoDate {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * The date `months` months after `start`, on the same day of the month or, where
 * that month is shorter, its last day (date-fns `addMonths` clamps exactly so).
 * Always counted from the start date, so Jan 31 gives Feb 28 and then Mar 31.
 * UTC dates keep the result independent of the machine's time zone.
 */
export function addMonthsClamped(start: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toUtcDate(start), months));
}

/** Due dates of periods 1…n for a loan drawn down on `start`. */
export function dueDates(start: IsoDate, terms: number): IsoDate[] {
  return Array.from({ length: terms }, (_, i) => addMonthsClamped(start, i + 1));
}

/** Whole days from `from` to `to` (first day counted, last not). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}
