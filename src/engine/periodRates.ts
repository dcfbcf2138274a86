import type { DecimalInput } from "./decimal.js";
import { daysBetween, type IsoDate } from "./dates.js";
import type { InterestBasis } from "./methods.js";
import { dailyRateOf, monthlyRateOf, type Rate } from "./rate.js";
import type { YearBasis } from "./rates.js";

/**
 * The exact rate charged on the balance in each period: APR/12 for monthly
 * interest; APR ÷ basis × the period's actual days (first day counted, last
 * not) for daily interest, as 借呗 and 微粒贷 charge.
 */
export function periodRates(aprPercent: DecimalInput, interest: InterestBasis, yearBasis: YearBasis, start: IsoDate, dueDates: readonly IsoDate[]): Rate[] {
  if (interest === "monthly") {
    const r = monthlyRateOf(aprPercent);
    return dueDates.map(() => r);
  }
  return dueDates.map((due, i) => dailyRateOf(aprPercent, yearBasis, daysBetween(i === 0 ? start : (dueDates[i - 1] as IsoDate), due)));
}
