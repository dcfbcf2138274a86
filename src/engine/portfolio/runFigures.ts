import { Decimal } from "../decimal.js";
import { RUN, type BookAggregate } from "./aggregate.js";
import { money, nearestRank, peakMonth, ratio, sumMonths } from "./figures.js";
import type { Range, RangedTotal } from "./result.js";

/** Net income: interest − VAT − funding − operating cost − (charge-offs − recoveries) − booking cost. */
export const net = (s: { interest: bigint; vat: bigint; funding: bigint; opex: bigint; charged: bigint; recovered: bigint; booking: bigint }): bigint =>
  s.interest - s.vat - s.funding - s.opex - (s.charged - s.recovered) - s.booking;

/** The figures net income is made of, from a list laid out as RUN (or BAND, or MONTH: the same names). */
export const netOf = (at: (key: "interestIncome" | "vat" | "fundingCost" | "operatingCost" | "chargeOffs" | "recoveries" | "bookingCost") => bigint): bigint =>
  net({ interest: at("interestIncome"), vat: at("vat"), funding: at("fundingCost"), opex: at("operatingCost"), charged: at("chargeOffs"), recovered: at("recoveries"), booking: at("bookingCost") });

/** Σ of the balances that bear funding (and earn interest) over months 1..horizon: each month's start, the previous month's end. */
export function fundedBalance(outstanding: readonly bigint[], horizon: number): bigint {
  let s = 0n;
  for (let k = 0; k < horizon; k++) s += outstanding[k] ?? 0n;
  return s;
}

/** The figures of one set of run totals, before means: shared by the pooled totals and each run's. */
export function figures(t: readonly bigint[], outstanding: readonly bigint[], dpd90plus: readonly bigint[], current: readonly bigint[], horizon: number) {
  const income = netOf((key) => t[RUN[key]] as bigint);
  const funded = fundedBalance(outstanding, horizon);
  const peak = peakMonth(outstanding, dpd90plus, current, horizon);
  return {
    income,
    peak,
    peakNpl: ratio(dpd90plus[peak] ?? 0n, peak === 0 ? 0n : (outstanding[peak] ?? 0n)),
    // Month 0 included: a book lending this cohort every month holds one cohort aged 0 at each month's end.
    steadyStateNpl: ratio(sumMonths(dpd90plus, horizon), sumMonths(outstanding, horizon)),
    netMargin: ratio(income, t[RUN.bookedAmount] as bigint),
    // netIncome ÷ (mean funded balance over months 1..H) × 12 ÷ H = netIncome × 12 ÷ Σ funded balances.
    roaa: ratio(income * 12n, funded),
    // Annualised net charge-offs on the same balances: charging off early cannot hide them.
    lossRate: ratio(((t[RUN.chargeOffs] as bigint) - (t[RUN.recoveries] as bigint)) * 12n, funded),
  };
}

/** The 5–95% range of each ranged total over the runs (nearest rank). */
export function rangesOf(b: BookAggregate, horizon: number): Record<RangedTotal, Range> {
  const per = b.runs.map((r) => {
    const f = figures(r.totals, r.outstanding, r.dpd90plus, r.current, horizon);
    const t = (i: number) => r.totals[i] as bigint;
    return {
      approved: new Decimal(b.approved.toString()),
      booked: new Decimal(t(RUN.booked).toString()),
      bookedAmount: new Decimal(money(t(RUN.bookedAmount))),
      simulatedLoss: new Decimal(money(t(RUN.chargeOffs) - t(RUN.recoveries))),
      netIncome: new Decimal(money(f.income)),
      peakNpl: new Decimal(f.peakNpl),
      steadyStateNpl: new Decimal(f.steadyStateNpl),
      netMargin: new Decimal(f.netMargin),
      returnOnAverageAssets: new Decimal(f.roaa),
      lossRate: new Decimal(f.lossRate),
    };
  });
  const places: Record<RangedTotal, number> = { approved: 0, booked: 0, bookedAmount: 2, simulatedLoss: 2, netIncome: 2, peakNpl: 4, steadyStateNpl: 4, netMargin: 4, returnOnAverageAssets: 4, lossRate: 4 };
  const out = {} as Record<RangedTotal, Range>;
  for (const key of Object.keys(places) as RangedTotal[]) {
    const values = per.map((p) => p[key]);
    out[key] = { p5: nearestRank(values, 5).toFixed(places[key]), p95: nearestRank(values, 95).toFixed(places[key]) };
  }
  return out;
}

