import { Decimal } from "../decimal.js";
import { BAND, MONTH, RUN, SWAP, SWAP_CELLS, type BookAggregate, type PortfolioAggregate } from "./aggregate.js";
import { chargeOffAfter } from "./compiledEconomics.js";
import type { EconomicsJson } from "./economics.js";
import { count, meanPd, money, moneyPer, ratio } from "./figures.js";
import { figures, netOf, rangesOf } from "./runFigures.js";
import { rollRatesOf, vintagesOf } from "./historyResult.js";
import type { BandTotals, Book, BookTotals, MonthRow, PortfolioResult, SwapCell } from "./result.js";

/** What a book is, beside its sums: everything but the input. */
export interface BookSetup {
  readonly role: "champion" | "challenger";
  readonly sweepValue?: string;
  readonly policy: string;
  readonly economics: EconomicsJson;
  /** The policy's band names, in its order. */
  readonly bands: readonly string[];
}

export interface ResultSetup {
  /** The world's name: how applicants behave, apart from every book's policy. */
  readonly world: string;
  /** Monthly cohorts the applicants arrive over. */
  readonly originateMonths: number;
  readonly seed: number;
  readonly runs: number;
  /** The NPL target as a fraction, e.g. "0.02". */
  readonly nplTarget: string;
  readonly books: readonly BookSetup[];
  readonly sweepPath?: string;
}


function monthRows(b: BookAggregate, horizon: number, runs: number): MonthRow[] {
  return Array.from({ length: horizon + 1 }, (_, k) => {
    const m = (i: number) => b.months[k]?.[i] ?? 0n;
    const income = netOf((key) => m(MONTH[key]));
    return {
      month: k,
      active: count(m(MONTH.active), runs),
      outstanding: money(m(MONTH.outstanding), runs),
      dpd1to30: money(m(MONTH.dpd1to30), runs),
      dpd31to60: money(m(MONTH.dpd31to60), runs),
      dpd61to90: money(m(MONTH.dpd61to90), runs),
      dpd90plus: money(m(MONTH.dpd90plus), runs),
      npl: ratio(m(MONTH.dpd90plus), m(MONTH.outstanding)),
      chargeOffs: money(m(MONTH.chargeOffs), runs),
      recoveries: money(m(MONTH.recoveries), runs),
      interestIncome: money(m(MONTH.interestIncome), runs),
      fundingCost: money(m(MONTH.fundingCost), runs),
      operatingCost: money(m(MONTH.operatingCost), runs),
      vat: money(m(MONTH.vat), runs),
      netIncome: money(income, runs),
    };
  });
}

function totalsOf(b: BookAggregate, applicants: bigint, horizon: number, runs: number, lastStart: number, costPerLoanFen: number): BookTotals {
  const t = b.runs.reduce<bigint[]>((sum, r) => sum.map((v, i) => v + (r.totals[i] as bigint)), b.runs[0]?.totals.map(() => 0n) ?? []);
  const pooled = (i: number) => Array.from({ length: horizon + 1 }, (_, k) => b.months[k]?.[i] ?? 0n);
  const current = pooled(MONTH.outstanding).map((o, k) => o - (b.months[k]?.[MONTH.dpd1to30] ?? 0n) - (b.months[k]?.[MONTH.dpd31to60] ?? 0n) - (b.months[k]?.[MONTH.dpd61to90] ?? 0n) - (b.months[k]?.[MONTH.dpd90plus] ?? 0n));
  const f = figures(t, pooled(MONTH.outstanding), pooled(MONTH.dpd90plus), current, horizon);
  const at = (i: number) => t[i] as bigint;
  return {
    applicants: Number(applicants),
    valid: Number(b.valid),
    approved: Number(b.approved),
    approvalRate: ratio(b.approved, b.valid),
    booked: count(at(RUN.booked), runs),
    takeUpRate: ratio(at(RUN.customers), b.approved * BigInt(runs)),
    customers: count(at(RUN.customers), runs),
    // Lifetime value: the book's net income per customer over the horizon, re-borrowing included.
    lifetimeValue: moneyPer(f.income, at(RUN.customers)),
    lifetimeValueToAcquisition: at(RUN.customers) === 0n || costPerLoanFen === 0 ? "0.0000" : ratio(f.income, at(RUN.customers) * BigInt(costPerLoanFen)),
    bookedAmount: money(at(RUN.bookedAmount), runs),
    expectedLoss: money(at(RUN.expectedLoss), runs),
    simulatedLoss: money(at(RUN.chargeOffs) - at(RUN.recoveries), runs),
    defaults: count(at(RUN.defaults), runs),
    chargeOffs: money(at(RUN.chargeOffs), runs),
    recoveries: money(at(RUN.recoveries), runs),
    interestIncome: money(at(RUN.interestIncome), runs),
    fundingCost: money(at(RUN.fundingCost), runs),
    operatingCost: money(at(RUN.operatingCost), runs),
    vat: money(at(RUN.vat), runs),
    bookingCost: money(at(RUN.bookingCost), runs),
    netIncome: money(f.income, runs),
    peakNpl: f.peakNpl,
    peakNplMonth: f.peak,
    steadyStateNpl: f.steadyStateNpl,
    bookNpl: ratio(b.months[lastStart]?.[MONTH.dpd90plus] ?? 0n, b.months[lastStart]?.[MONTH.outstanding] ?? 0n),
    netMargin: f.netMargin,
    returnOnAverageAssets: f.roaa,
    lossRate: f.lossRate,
  };
}

function bandsOf(b: BookAggregate, order: readonly string[], runs: number): BandTotals[] {
  // Bands the policy does not list (none, from a part merge has checked) come last, by name: the same whichever part came first.
  const names = [...order.filter((n) => b.bands.has(n)), ...[...b.bands.keys()].filter((n) => !order.includes(n)).sort()];
  return names.map((band) => {
    const s = (i: number) => b.bands.get(band)?.[i] ?? 0n;
    const income = netOf((key) => s(BAND[key]));
    return {
      band,
      approved: Number(s(BAND.approved)),
      booked: count(s(BAND.booked), runs),
      bookedAmount: money(s(BAND.bookedAmount), runs),
      meanPd: meanPd(s(BAND.pdUnits), s(BAND.booked)) ?? "0.0000",
      worldPd: meanPd(s(BAND.worldPdUnits), s(BAND.booked)) ?? "0.0000",
      calibrationGap: new Decimal(meanPd(s(BAND.pdUnits), s(BAND.booked)) ?? 0).minus(meanPd(s(BAND.worldPdUnits), s(BAND.booked)) ?? 0).toFixed(4),
      defaultRate: ratio(s(BAND.defaults), s(BAND.booked)),
      expectedLoss: money(s(BAND.expectedLoss), runs),
      simulatedLoss: money(s(BAND.chargeOffs) - s(BAND.recoveries), runs),
      interestIncome: money(s(BAND.interestIncome), runs),
      netIncome: money(income, runs),
      netMargin: ratio(income, s(BAND.bookedAmount)),
      lossRate: ratio((s(BAND.chargeOffs) - s(BAND.recoveries)) * 12n, s(BAND.fundedBalance)),
    };
  });
}

function swapOf(cells: readonly bigint[][], runs: number): SwapCell[] {
  return SWAP_CELLS.map((cell, i) => {
    const s = (j: number) => cells[i]?.[j] ?? 0n;
    return {
      cell,
      count: Number(s(SWAP.count)),
      meanPd: meanPd(s(SWAP.pdUnits), s(SWAP.scored)),
      champion: { bookedAmount: money(s(SWAP.championAmount), runs), simulatedLoss: money(s(SWAP.championLoss), runs) },
      challenger: { bookedAmount: money(s(SWAP.challengerAmount), runs), simulatedLoss: money(s(SWAP.challengerLoss), runs) },
    };
  });
}

/** The months a customer's later loans may start after its first: none unless customers re-borrow. */
const lifetimeOf = (e: EconomicsJson | undefined) => (e && e.reborrowRate > 0 ? e.lifetimeMonths : 0);

/** The months run: the last origination month + the longest term booked + the months to charge-off, over every book (0 when nothing was booked). */
export function horizonOf(aggregate: PortfolioAggregate, setup: ResultSetup): number {
  return Math.max(0, ...aggregate.books.map((b, i) => (b.maxTerm === 0 ? 0 : b.maxTerm + chargeOffAfter(setup.books[i]?.economics.chargeOffDays ?? 0) + setup.originateMonths - 1 + lifetimeOf(setup.books[i]?.economics))));
}

/** The sums of a whole run as its answer: means over runs, ratios of sums, ranges by nearest rank. */
export function toResult(aggregate: PortfolioAggregate, setup: ResultSetup): PortfolioResult {
  const horizon = horizonOf(aggregate, setup);
  const target = new Decimal(setup.nplTarget);
  const books: Book[] = aggregate.books.map((b, i) => {
    const s = setup.books[i] as BookSetup;
    return {
      role: s.role,
      ...(s.sweepValue === undefined ? {} : { sweepValue: s.sweepValue }),
      policy: s.policy,
      economics: s.economics,
      totals: totalsOf(b, aggregate.applicants, horizon, setup.runs, setup.originateMonths - 1, Math.round(s.economics.costPerLoan * 100)),
      ...(setup.runs > 1 ? { ranges: rangesOf(b, horizon) } : {}),
      months: monthRows(b, horizon, setup.runs),
      bands: bandsOf(b, s.bands, setup.runs),
      vintages: vintagesOf(b.history, setup.originateMonths, Math.max(0, horizon - setup.originateMonths + 1), setup.runs),
      rollRates: rollRatesOf(b.history, setup.runs),
    };
  });
  const points = setup.sweepPath === undefined ? undefined : books.map((b) => ({ value: b.sweepValue ?? "", approvalRate: b.totals.approvalRate, bookedAmount: b.totals.bookedAmount, peakNpl: b.totals.peakNpl, steadyStateNpl: b.totals.steadyStateNpl, lossRate: b.totals.lossRate, netMargin: b.totals.netMargin, netIncome: b.totals.netIncome, overTarget: new Decimal(b.totals.steadyStateNpl).gt(target) }));
  return {
    world: setup.world,
    originateMonths: setup.originateMonths,
    seed: setup.seed,
    runs: setup.runs,
    horizon,
    nplTarget: target.toFixed(4),
    invalid: Number(aggregate.invalid),
    books,
    ...(aggregate.swap ? { swap: swapOf(aggregate.swap, setup.runs) } : {}),
    ...(points && setup.sweepPath !== undefined ? { sweep: { path: setup.sweepPath, points, firstOverTarget: points.find((p) => p.overTarget)?.value ?? null } } : {}),
  };
}
