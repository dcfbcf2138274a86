import { Decimal, ZERO } from "./decimal.js";
import { equalInstallmentRows } from "./equalInstallment.js";
import { equalPrincipalRows } from "./equalPrincipal.js";
import { flatFeeRows } from "./flatFee.js";
import { bulletRows, interestOnlyRows } from "./interestOnly.js";
import type { Method } from "./methods.js";
import type { Rate } from "./rate.js";
import type { AmortizationRow } from "./schedule.js";

/** What every method needs to lay out its rows. */
export interface RowsRequest {
  readonly method: Method;
  readonly principal: Decimal;
  readonly terms: number;
  /** APR/12: the rate the equal installment is computed at. */
  readonly monthlyRate: Rate;
  /** The rate charged in each period (APR/12, or daily rate × days). */
  readonly rates: readonly Rate[];
  /** Whole-term fee percent for flat-fee; 0 for the other methods. */
  readonly totalFeePercent: Decimal;
}

/** The amortization rows of any method. */
export function buildRows(req: RowsRequest): AmortizationRow[] {
  switch (req.method) {
    case "equal-installment":
      return equalInstallmentRows(req.principal, req.monthlyRate, req.terms, req.rates);
    case "equal-principal":
      return equalPrincipalRows(req.principal, req.monthlyRate, req.terms, req.rates);
    case "interest-only":
      return interestOnlyRows(req.principal, req.rates);
    case "bullet":
      return bulletRows(req.principal, req.rates);
    case "flat-fee":
      return flatFeeRows(req.principal, req.totalFeePercent ?? ZERO, req.terms);
  }
}
