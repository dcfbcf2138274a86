import { Decimal, type DecimalInput } from "./decimal.js";
import { daysBetween, type IsoDate } from "./dates.js";
import type { InterestBasis } from "./methods.js";
import type { YearBasis } from "./rates.js";

/**
 * The fraction of the balance charged as interest in each period:
 * APR/12 for monthly interest; APR ÷ basis × the period's actual days
 * (first day counted, last not) for daily interest, as 借呗 and 微粒贷 charge.
 */
export function periodRates(
  aprPercent: DecimalInput,
  interest: InterestBasis,
  yearBasis: YearBasis,
  start: IsoDate,
  dueDates: readonly IsoDate[],
): Decimal[] {
  const apr = new Decimal(aprPercent).div(100);
  if (interest === "monthly") return dueDates.map(() => apr.div(12));
  const daily = apr.div(yearBasis);
  return dueDates.map((due, i) => daily.times(daysBetween(i === 0 ? start : (dueDates[i - 1] as IsoDate), due)));
}
