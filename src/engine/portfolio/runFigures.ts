import { Decimal } from "../decimal.js";
import { RUN, type BookAggregate } from "./aggregate.js";
import { money, nearestRank, peakMonth, ratio, sumMonths } from "./figures.js";
import type { Range, RangedTotal } from "./result.js";

/** Net income: interest − funding − (charge-offs − recoveries) − booking cost. */
export const net = (interest: bigint, funding: bigint, charged: bigint, recovered: bigint, booking: bigint): bigint => interest - funding - (charged - recovered) - booking;

/** The figures of one set of run totals, before means: shared by the pooled totals and each run's. */
export function figures(t: readonly bigint[], outstanding: readonly bigint[], dpd90plus: readonly bigint[], current: readonly bigint[], horizon: number) {
  const income = net(t[RUN.interestIncome] as bigint, t[RUN.fundingCost] as bigint, t[RUN.chargeOffs] as bigint, t[RUN.recoveries] as bigint, t[RUN.bookingCost] as bigint);
  const peak = peakMonth(outstanding, dpd90plus, current, horizon);
  return {
    income,
    peak,
    peakNpl: ratio(dpd90plus[peak] ?? 0n, peak === 0 ? 0n : (outstanding[peak] ?? 0n)),
    steadyStateNpl: ratio(sumMonths(dpd90plus, horizon), sumMonths(outstanding, horizon)),
    netMargin: ratio(income, t[RUN.bookedAmount] as bigint),
    // netIncome ÷ (mean outstanding over months 1..H) × 12 ÷ H = netIncome × 12 ÷ Σ outstanding.
    roaa: ratio(income * 12n, sumMonths(outstanding, horizon)),
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
    };
  });
  const places: Record<RangedTotal, number> = { approved: 0, booked: 0, bookedAmount: 2, simulatedLoss: 2, netIncome: 2, peakNpl: 4, steadyStateNpl: 4, netMargin: 4, returnOnAverageAssets: 4 };
  const out = {} as Record<RangedTotal, Range>;
  for (const key of Object.keys(places) as RangedTotal[]) {
    const values = per.map((p) => p[key]);
    out[key] = { p5: nearestRank(values, 5).toFixed(places[key]), p95: nearestRank(values, 95).toFixed(places[key]) };
  }
  return out;
}

