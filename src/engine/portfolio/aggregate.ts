import { addDigests, mergeSamples } from "./applicantSet.js";
import { addHistory, emptyHistory, mergeHistory, type BookHistory } from "./bookOverTime.js";
import type { LoanLife } from "./loanLife.js";

// What a portfolio run adds up, as integers only (分, counts, PD in units of
// 1e-10), so that merging two parts is exact, associative and commutative,
// and a run split over threads, shards or machines sums to the same figures.
// Means and ratios are made once, at the end (toResult.ts).

/** Pooled over runs, per month. */
export const MONTH = { active: 0, outstanding: 1, dpd1to30: 2, dpd31to60: 3, dpd61to90: 4, dpd90plus: 5, chargeOffs: 6, recoveries: 7, interestIncome: 8, fundingCost: 9, bookingCost: 10, operatingCost: 11, vat: 12 } as const;
/** Per run: the run's totals. */
export const RUN = { booked: 0, defaults: 1, bookedAmount: 2, expectedLoss: 3, chargeOffs: 4, recoveries: 5, interestIncome: 6, fundingCost: 7, bookingCost: 8, operatingCost: 9, vat: 10, customers: 11 } as const;
/** Per band, pooled over runs (approved counted once: decisions do not vary by run). */
export const BAND = { approved: 0, booked: 1, bookedAmount: 2, pdUnits: 3, expectedLoss: 4, chargeOffs: 5, recoveries: 6, interestIncome: 7, fundingCost: 8, bookingCost: 9, defaults: 10, worldPdUnits: 11, operatingCost: 12, vat: 13, fundedBalance: 14 } as const;
/** Per swap cell: applicants and PD counted once, money pooled over runs. */
export const SWAP = { count: 0, scored: 1, pdUnits: 2, championAmount: 3, championLoss: 4, challengerAmount: 5, challengerLoss: 6 } as const;
export const SWAP_CELLS = ["both", "championOnly", "challengerOnly", "neither"] as const;

export interface RunSums {
  readonly totals: bigint[];
  /** Per month: the run's outstanding, 90+ days past due and current (not past due) balances: its NPL figures and average assets. */
  readonly outstanding: bigint[];
  readonly dpd90plus: bigint[];
  readonly current: bigint[];
}

export interface BookAggregate {
  valid: bigint;
  approved: bigint;
  /** The longest term booked (0 when none): the horizon is this + the charge-off months + the origination months − 1. */
  maxTerm: number;
  /** Cohorts, vintages and roll rates (bookOverTime.ts). */
  readonly history: BookHistory;
  readonly runs: RunSums[];
  readonly months: bigint[][];
  /** By band name: a Map, so no name (a policy's "__proto__") can reach an object's prototype. */
  readonly bands: Map<string, bigint[]>;
}

/** An invalid record, as stderr names it. */
export interface RecordError {
  readonly line: number;
  readonly id: unknown;
  readonly error: string;
  /** The part file it came from (merge): each shard counts its lines from 1. */
  readonly part?: string;
}

export interface PortfolioAggregate {
  applicants: bigint;
  /** Which applicants these are (applicantSet.ts): merge tells a copied or overlapping part from another shard by them. */
  applicantDigest: bigint;
  readonly applicantSample: bigint[];
  invalid: bigint;
  /** The first invalid records by line (at most ERRORS_KEPT). */
  errors: RecordError[];
  readonly books: BookAggregate[];
  /** With a challenger: the four cells of SWAP_CELLS. */
  readonly swap?: bigint[][];
}

export const ERRORS_KEPT = 5;

const zeros = (n: number): bigint[] => Array.from({ length: n }, () => 0n);
const width = (o: object) => Object.keys(o).length;

export function emptyAggregate(books: number, runs: number, challenger: boolean): PortfolioAggregate {
  return {
    applicants: 0n,
    applicantDigest: 0n,
    applicantSample: [],
    invalid: 0n,
    errors: [],
    books: Array.from({ length: books }, () => ({ valid: 0n, approved: 0n, maxTerm: 0, history: emptyHistory(), runs: Array.from({ length: runs }, () => ({ totals: zeros(width(RUN)), outstanding: [], dpd90plus: [], current: [] })), months: [], bands: new Map() })),
    ...(challenger ? { swap: SWAP_CELLS.map(() => zeros(width(SWAP))) } : {}),
  };
}

/** Adds `value` at `i` of a list that grows as months come. */
function addAt(list: bigint[], i: number, value: bigint): void {
  while (list.length <= i) list.push(0n);
  list[i] = (list[i] as bigint) + value;
}

export function bandSums(book: BookAggregate, band: string): bigint[] {
  let sums = book.bands.get(band);
  if (!sums) book.bands.set(band, (sums = zeros(width(BAND))));
  return sums;
}

/** One booked loan of run `run` (0-based), booked in month `start`: its months (from `start` on), and the figures per run and per band. */
export function addLoan(book: BookAggregate, run: number, band: string, loan: { fen: number; terms: number; pdUnits: bigint; worldPdUnits: bigint; expectedLoss: number; costFen: number; repeat?: boolean }, life: LoanLife, start = 0): void {
  const r = book.runs[run] as RunSums;
  const b = bandSums(book, band);
  if (loan.terms > book.maxTerm) book.maxTerm = loan.terms;
  let charged = 0;
  let recovered = 0;
  let interest = 0;
  let funding = 0;
  let opex = 0;
  let vat = 0;
  let funded = 0;
  for (let k = 0; k < life.months.length; k++) {
    const f = life.months[k] as (typeof life.months)[number];
    const at = start + k;
    while (book.months.length < at) book.months.push(zeros(width(MONTH)));
    const row = (book.months[at] ??= zeros(width(MONTH)));
    row[MONTH.active] = (row[MONTH.active] as bigint) + BigInt(f.active);
    row[MONTH.outstanding] = (row[MONTH.outstanding] as bigint) + BigInt(f.outstanding);
    if (f.dpd1to30) row[MONTH.dpd1to30] = (row[MONTH.dpd1to30] as bigint) + BigInt(f.dpd1to30);
    if (f.dpd31to60) row[MONTH.dpd31to60] = (row[MONTH.dpd31to60] as bigint) + BigInt(f.dpd31to60);
    if (f.dpd61to90) row[MONTH.dpd61to90] = (row[MONTH.dpd61to90] as bigint) + BigInt(f.dpd61to90);
    if (f.dpd90plus) row[MONTH.dpd90plus] = (row[MONTH.dpd90plus] as bigint) + BigInt(f.dpd90plus);
    if (f.chargeOff) row[MONTH.chargeOffs] = (row[MONTH.chargeOffs] as bigint) + BigInt(f.chargeOff);
    if (f.recovery) row[MONTH.recoveries] = (row[MONTH.recoveries] as bigint) + BigInt(f.recovery);
    if (f.interest) row[MONTH.interestIncome] = (row[MONTH.interestIncome] as bigint) + BigInt(f.interest);
    if (f.funding) row[MONTH.fundingCost] = (row[MONTH.fundingCost] as bigint) + BigInt(f.funding);
    if (f.opex) row[MONTH.operatingCost] = (row[MONTH.operatingCost] as bigint) + BigInt(f.opex);
    if (f.vat) row[MONTH.vat] = (row[MONTH.vat] as bigint) + BigInt(f.vat);
    if (k === 0) row[MONTH.bookingCost] = (row[MONTH.bookingCost] as bigint) + BigInt(loan.costFen);
    addAt(r.outstanding, at, BigInt(f.outstanding));
    if (f.dpd90plus) addAt(r.dpd90plus, at, BigInt(f.dpd90plus));
    const current = f.outstanding - f.dpd1to30 - f.dpd31to60 - f.dpd61to90 - f.dpd90plus;
    if (current) addAt(r.current, at, BigInt(current));
    charged += f.chargeOff;
    recovered += f.recovery;
    interest += f.interest;
    funding += f.funding;
    opex += f.opex;
    vat += f.vat;
    // The balance that bears funding in month k + 1: this month's end.
    if (k < life.months.length - 1) funded += f.outstanding;
  }
  const add = (list: bigint[], i: number, v: number | bigint) => (list[i] = (list[i] as bigint) + BigInt(v));
  add(r.totals, RUN.booked, 1);
  if (!loan.repeat) add(r.totals, RUN.customers, 1);
  add(r.totals, RUN.defaults, life.defaultMonth === null ? 0 : 1);
  for (const [list, at] of [[r.totals, RUN], [b, BAND]] as const) {
    add(list, at.bookedAmount, loan.fen);
    add(list, at.expectedLoss, loan.expectedLoss);
    add(list, at.chargeOffs, charged);
    add(list, at.recoveries, recovered);
    add(list, at.interestIncome, interest);
    add(list, at.fundingCost, funding);
    add(list, at.bookingCost, loan.costFen);
    add(list, at.operatingCost, opex);
    add(list, at.vat, vat);
  }
  add(b, BAND.fundedBalance, funded);
  addHistory(book.history, start, loan.fen, life.months, life.defaultMonth);
  add(b, BAND.booked, 1);
  add(b, BAND.pdUnits, loan.pdUnits);
  add(b, BAND.worldPdUnits, loan.worldPdUnits);
  add(b, BAND.defaults, life.defaultMonth === null ? 0 : 1);
}

const sumLists = (a: readonly bigint[], b: readonly bigint[]): bigint[] => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0n) + (b[i] ?? 0n));

function mergeBook(a: BookAggregate, b: BookAggregate): BookAggregate {
  const bands = new Map<string, bigint[]>();
  for (const name of new Set([...a.bands.keys(), ...b.bands.keys()])) bands.set(name, sumLists(a.bands.get(name) ?? [], b.bands.get(name) ?? []));
  return {
    valid: a.valid + b.valid,
    approved: a.approved + b.approved,
    maxTerm: Math.max(a.maxTerm, b.maxTerm),
    history: mergeHistory(a.history, b.history),
    runs: a.runs.map((r, i) => {
      const s = b.runs[i] as RunSums;
      return { totals: sumLists(r.totals, s.totals), outstanding: sumLists(r.outstanding, s.outstanding), dpd90plus: sumLists(r.dpd90plus, s.dpd90plus), current: sumLists(r.current, s.current) };
    }),
    months: Array.from({ length: Math.max(a.months.length, b.months.length) }, (_, k) => sumLists(a.months[k] ?? [], b.months[k] ?? [])),
    bands,
  };
}

/** Errors in (part name,) line order, the first ERRORS_KEPT: the same whichever part came first. */
function firstErrors(a: readonly RecordError[], b: readonly RecordError[]): RecordError[] {
  const key = (e: RecordError) => `${e.part ?? ""}\u0000${String(e.line).padStart(16, "0")}\u0000${JSON.stringify(e.id) ?? ""}\u0000${e.error}`;
  return [...a, ...b].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)).slice(0, ERRORS_KEPT);
}

/** Two parts of the same run as one: exact, associative and commutative (integers and order-free lists only). */
export function mergeAggregates(a: PortfolioAggregate, b: PortfolioAggregate): PortfolioAggregate {
  return {
    applicants: a.applicants + b.applicants,
    applicantDigest: addDigests(a.applicantDigest, b.applicantDigest),
    applicantSample: mergeSamples(a.applicantSample, b.applicantSample),
    invalid: a.invalid + b.invalid,
    errors: firstErrors(a.errors, b.errors),
    books: a.books.map((book, i) => mergeBook(book, b.books[i] as BookAggregate)),
    ...(a.swap && b.swap ? { swap: a.swap.map((cell, i) => sumLists(cell, b.swap?.[i] ?? [])) } : {}),
  };
}
