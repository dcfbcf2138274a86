import { Draws } from "./rng.js";

/** The record field that says in which month (1..N) an applicant applied. */
export const APPLICATION_MONTH = "applicationMonth";

/**
 * The month (0-based) an applicant's loan is booked in, over `months` monthly
 * cohorts: its `applicationMonth` (1..months) when the record has one, else
 * a draw seeded from (seed, its key) alone — the same in every run, shard
 * and policy. An applicationMonth out of range: the value given, for the caller to word.
 * One cohort (the default) books everyone in month 0, whatever the record says.
 */
export function originationMonth(record: unknown, key: string, seed: number, months: number): number | { readonly badApplicationMonth: unknown } {
  if (months === 1) return 0;
  const given = typeof record === "object" && record !== null && !Array.isArray(record) ? (record as Record<string, unknown>)[APPLICATION_MONTH] : undefined;
  if (given !== undefined) {
    if (typeof given === "number" && Number.isInteger(given) && given >= 1 && given <= months) return given - 1;
    return { badApplicationMonth: given };
  }
  // Run 0: no run of the book draws from it, so the month is apart from every run's draws.
  return Math.floor(new Draws(seed, 0, key).at(0) * months);
}
