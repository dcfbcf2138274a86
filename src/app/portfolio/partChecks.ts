import { BAND, ERRORS_KEPT, MONTH, RUN, SWAP, type BookAggregate, type PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { chargeOffAfter } from "../../engine/portfolio/compiledEconomics.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";

// What every part portfolio writes is true of its sums: the same loans are
// counted per run, per band and per month, so their totals agree exactly.
// A part whose checksum was recomputed after an edit rarely keeps them all.

/** The first field that no run could have written, and why. */
export interface PartProblem {
  readonly path: string;
  readonly message: string;
}

const total = (lists: readonly (readonly bigint[])[], i: number) => lists.reduce((s, l) => s + (l[i] ?? 0n), 0n);
const name = (names: object, i: number) => Object.keys(names)[i] as string;

/** Money a booked loan adds to its run's totals and to its band alike. */
const RUN_AND_BAND = ["bookedAmount", "expectedLoss", "chargeOffs", "recoveries", "interestIncome", "fundingCost", "bookingCost", "operatingCost", "vat"] as const;
/** And to its months. */
const RUN_AND_MONTH = ["chargeOffs", "recoveries", "interestIncome", "fundingCost", "bookingCost", "operatingCost", "vat"] as const;

function bookProblem(b: BookAggregate, at: string, a: PortfolioAggregate, s: ResultSetup, i: number): PartProblem | undefined {
  const setup = s.books[i];
  if (!setup) return { path: "aggregate.books", message: `${a.books.length} books, but setup.books lists ${s.books.length}` };
  if (b.valid !== a.applicants - a.invalid) return { path: `${at}.valid`, message: `${b.valid} is not applicants − invalid (${a.applicants - a.invalid})` };
  if (b.approved > b.valid) return { path: `${at}.approved`, message: `${b.approved} is above valid ${b.valid}` };
  if (b.runs.length !== s.runs) return { path: `${at}.runs`, message: `${b.runs.length} runs, but setup.runs is ${s.runs}` };
  const months = b.maxTerm === 0 ? 0 : b.maxTerm + chargeOffAfter(setup.economics.chargeOffDays) + s.originateMonths + (setup.economics.reborrowRate > 0 ? setup.economics.lifetimeMonths : 0);
  if (b.months.length > months) return { path: `${at}.months`, message: `${b.months.length} months, more than a loan of ${b.maxTerm} terms can run (${months})` };
  for (const [band] of b.bands) if (!setup.bands.includes(band)) return { path: `${at}.bands`, message: `band ${JSON.stringify(band)} is not one of the policy's (${setup.bands.join(", ")})` };
  const bands = [...b.bands.values()];
  if (total(bands, BAND.approved) !== b.approved) return { path: `${at}.bands`, message: `approved adds up to ${total(bands, BAND.approved)}, not approved ${b.approved}` };
  for (const [r, run] of b.runs.entries()) {
    const t = (k: number) => run.totals[k] as bigint;
    if (t(RUN.customers) > b.approved) return { path: `${at}.runs[${r}].totals[${RUN.customers}]`, message: `customers ${t(RUN.customers)} is above approved ${b.approved}` };
    if (t(RUN.customers) > t(RUN.booked)) return { path: `${at}.runs[${r}].totals[${RUN.customers}]`, message: `customers ${t(RUN.customers)} is above booked ${t(RUN.booked)}` };
    if (t(RUN.defaults) > t(RUN.booked)) return { path: `${at}.runs[${r}].totals[${RUN.defaults}]`, message: `defaults ${t(RUN.defaults)} is above booked ${t(RUN.booked)}` };
    if ([run.outstanding, run.dpd90plus, run.current].some((l) => l.length > b.months.length)) return { path: `${at}.runs[${r}]`, message: `its months run past the book's ${b.months.length}` };
  }
  const totals = b.runs.map((r) => r.totals);
  if ((total(totals, RUN.booked) === 0n) !== (b.maxTerm === 0)) return { path: `${at}.maxTerm`, message: `${b.maxTerm} with ${total(totals, RUN.booked)} loans booked` };
  if (total(totals, RUN.booked) !== total(bands, BAND.booked)) return { path: `${at}.bands`, message: `booked adds up to ${total(bands, BAND.booked)}, not the runs' ${total(totals, RUN.booked)}` };
  for (const key of RUN_AND_BAND) {
    if (total(totals, RUN[key]) !== total(bands, BAND[key])) return { path: `${at}.bands`, message: `${key} adds up to ${total(bands, BAND[key])}, not the runs' ${total(totals, RUN[key])}` };
  }
  for (const key of RUN_AND_MONTH) {
    if (total(totals, RUN[key]) !== total(b.months, MONTH[key])) return { path: `${at}.months`, message: `${key} adds up to ${total(b.months, MONTH[key])}, not the runs' ${total(totals, RUN[key])}` };
  }
  for (const [k, m] of b.months.entries()) {
    const o = m[MONTH.outstanding] as bigint;
    const current = o - (m[MONTH.dpd1to30] as bigint) - (m[MONTH.dpd31to60] as bigint) - (m[MONTH.dpd61to90] as bigint) - (m[MONTH.dpd90plus] as bigint);
    const per = (list: "outstanding" | "dpd90plus" | "current") => b.runs.reduce((sum, r) => sum + (r[list][k] ?? 0n), 0n);
    if (current < 0n) return { path: `${at}.months[${k}]`, message: `past due (1–30, 31–60, 61–90, 90+ days) is above outstanding ${o}` };
    if (per("outstanding") !== o || per("dpd90plus") !== m[MONTH.dpd90plus] || per("current") !== current) return { path: `${at}.months[${k}]`, message: "its balances are not the runs' balances added up" };
  }
  return undefined;
}

function swapProblem(a: PortfolioAggregate, s: ResultSetup): PartProblem | undefined {
  const challenger = s.books[1]?.role === "challenger";
  if (challenger !== (a.swap !== undefined)) return { path: "aggregate.swap", message: challenger ? "is missing for a run with a challenger" : "is there for a run without a challenger" };
  if (!a.swap) return undefined;
  const cells = a.swap;
  const [champion, rival] = a.books as [BookAggregate, BookAggregate];
  if (total(cells, SWAP.count) !== champion.valid) return { path: "aggregate.swap", message: `count adds up to ${total(cells, SWAP.count)}, not valid ${champion.valid}` };
  const bad = cells.findIndex((c) => (c[SWAP.scored] as bigint) > (c[SWAP.count] as bigint));
  if (bad >= 0) return { path: `aggregate.swap[${bad}]`, message: "scored is above count" };
  const run = (b: BookAggregate, k: number) => total(b.runs.map((r) => r.totals), k);
  const expected: [number, bigint][] = [
    [SWAP.championAmount, run(champion, RUN.bookedAmount)],
    [SWAP.championLoss, run(champion, RUN.chargeOffs) - run(champion, RUN.recoveries)],
    [SWAP.challengerAmount, run(rival, RUN.bookedAmount)],
    [SWAP.challengerLoss, run(rival, RUN.chargeOffs) - run(rival, RUN.recoveries)],
  ];
  for (const [k, want] of expected) if (total(cells, k) !== want) return { path: "aggregate.swap", message: `${name(SWAP, k)} adds up to ${total(cells, k)}, not the books' ${want}` };
  return undefined;
}

/** The first inconsistency of a part's sums with each other and with its setup, or undefined. */
export function partProblem(a: PortfolioAggregate, s: ResultSetup): PartProblem | undefined {
  if (a.invalid > a.applicants) return { path: "aggregate.invalid", message: `${a.invalid} is above applicants ${a.applicants}` };
  if (a.applicants === 0n && a.applicantDigest !== 0n) return { path: "aggregate.applicantDigest", message: "must be 0 when there are no applicants" };
  const sample = a.applicantSample;
  if (sample.some((h, i) => i > 0 && h <= (sample[i - 1] as bigint))) return { path: "aggregate.applicantSample", message: "must be in ascending order, each hash once" };
  if (BigInt(sample.length) > a.applicants || (a.applicants > 0n && sample.length === 0)) return { path: "aggregate.applicantSample", message: `${sample.length} hash(es) for ${a.applicants} applicant(s)` };
  const kept = a.invalid < BigInt(ERRORS_KEPT) ? Number(a.invalid) : ERRORS_KEPT;
  if (a.errors.length !== kept) return { path: "aggregate.errors", message: `${a.errors.length} listed, but ${kept} expected for ${a.invalid} invalid` };
  if (a.books.length !== s.books.length) return { path: "aggregate.books", message: `${a.books.length} books, but setup.books lists ${s.books.length}` };
  for (const [i, b] of a.books.entries()) {
    const problem = bookProblem(b, `aggregate.books[${i}]`, a, s, i);
    if (problem) return problem;
  }
  return swapProblem(a, s);
}
