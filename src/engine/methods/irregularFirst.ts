import type { Decimal } from "../decimal.js";
import { interestOn } from "../money/fen.js";
import type { Rate } from "../rates.js";
import { rowFrom, type AmortizationRow } from "../schedule.js";

/**
 * A fixed due day makes the first period longer or shorter than a month: the
 * rows are laid out as for a regular first period (so period 1 repays the same
 * principal), and only period 1's interest is charged for its actual days,
 * round(P × APR ÷ basis × days). The balance after it, and so every later row,
 * is unchanged.
 */
export function withFirstPeriodInterest(rows: AmortizationRow[], principal: Decimal, firstPeriodRate: Rate | undefined): AmortizationRow[] {
  const first = rows[0];
  if (firstPeriodRate === undefined || first === undefined) return rows;
  return [rowFrom(principal, first.principal, interestOn(principal, firstPeriodRate), first.fee), ...rows.slice(1)];
}
