import type { MonthFlow } from "./loanLife.js";

// A book over time, as integer sums that merge exactly: each cohort's booked
// amount and the amount that reached default (90+ days past due, or charged
// off) at each month on book — its vintage curve, cumulated at the end — and
// the loan-months moving between delinquency states (the roll-rate matrix).

/** The states a loan is in at a month's end, in the roll-rate matrix's order. */
export const FROM_STATES = ["current", "dpd1to30", "dpd31to60", "dpd61to90", "dpd90plus"] as const;
/** Where a loan can be a month later: the same states, or gone. */
export const TO_STATES = [...FROM_STATES, "paidOff", "chargedOff"] as const;
export type ToState = (typeof TO_STATES)[number];

/** What a book keeps of its loans over time, pooled over runs. */
export interface BookHistory {
  /** Booked 分 by origination month (cohort). */
  readonly cohortBooked: bigint[];
  /** By cohort, by month on book: the 分 booked of loans that defaulted then. */
  readonly vintage: bigint[][];
  /** FROM_STATES × TO_STATES loan-month counts, row by row. */
  readonly rolls: bigint[];
}

export const emptyHistory = (): BookHistory => ({ cohortBooked: [], vintage: [], rolls: FROM_STATES.flatMap(() => TO_STATES.map(() => 0n)) });

function stateOf(f: MonthFlow): ToState {
  if (f.chargeOff > 0) return "chargedOff";
  if (f.active === 0) return "paidOff";
  return f.dpd90plus ? "dpd90plus" : f.dpd61to90 ? "dpd61to90" : f.dpd31to60 ? "dpd31to60" : f.dpd1to30 ? "dpd1to30" : "current";
}

function addAt(list: bigint[], i: number, value: bigint): void {
  while (list.length <= i) list.push(0n);
  list[i] = (list[i] as bigint) + value;
}

/** One booked loan of cohort `cohort`: its vintage entry and its month-to-month moves. */
export function addHistory(h: BookHistory, cohort: number, fen: number, months: readonly MonthFlow[], defaultMonth: number | null): void {
  addAt(h.cohortBooked, cohort, BigInt(fen));
  while (h.vintage.length <= cohort) h.vintage.push([]);
  if (defaultMonth !== null) addAt(h.vintage[cohort] as bigint[], defaultMonth, BigInt(fen));
  let from: ToState = "current";
  for (const f of months.slice(1)) {
    const to = stateOf(f);
    const at = FROM_STATES.indexOf(from as (typeof FROM_STATES)[number]) * TO_STATES.length + TO_STATES.indexOf(to);
    h.rolls[at] = (h.rolls[at] as bigint) + 1n;
    from = to;
  }
}

const sum = (a: readonly bigint[], b: readonly bigint[]): bigint[] => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0n) + (b[i] ?? 0n));

/** Two parts' histories as one: exact, in any order. */
export function mergeHistory(a: BookHistory, b: BookHistory): BookHistory {
  return {
    cohortBooked: sum(a.cohortBooked, b.cohortBooked),
    vintage: Array.from({ length: Math.max(a.vintage.length, b.vintage.length) }, (_, i) => sum(a.vintage[i] ?? [], b.vintage[i] ?? [])),
    rolls: sum(a.rolls, b.rolls),
  };
}
