import type { BookedLoan, LoanLife } from "../../engine/portfolio/loanLife.js";
import type { Offer } from "../../engine/simulate/types.js";

/**
 * The loan's label over a performance window of `window` months on book: 1
 * (bad) when it reached 90+ days past due (or was charged off) within it; 0
 * (good) when it was repaid (paid off or prepaid) without that, or was
 * current at the window's end; null (indeterminate: left out, counted) when
 * it was 1–90 days past due then, its outcome not yet known.
 */
export function windowLabel(life: LoanLife, window: number): 0 | 1 | null {
  if (life.defaultMonth !== null && life.defaultMonth <= window) return 1;
  const f = life.months[window];
  return f && f.dpd1to30 + f.dpd31to60 + f.dpd61to90 > 0 ? null : 0;
}

/** A booked loan as its --outcomes line tells it (the first loan of the first run, under the first policy): the view writes it. */
export interface LoanOutcome {
  readonly offer: Offer;
  readonly loan: BookedLoan;
  /** The world's PD of the applicant (what the defaults were drawn from). */
  readonly worldPd: number;
  readonly life: LoanLife;
  readonly window: number;
  /** windowLabel(life, window). */
  readonly defaulted: 0 | 1 | null;
}
