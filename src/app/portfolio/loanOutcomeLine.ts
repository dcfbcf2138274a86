import { Decimal } from "../../engine/decimal.js";
import type { BookedLoan, LoanLife } from "../../engine/portfolio/loanLife.js";
import type { Offer } from "../../engine/simulate/types.js";

const cny = (fen: number) => new Decimal(fen).div(100).toFixed(2);

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

/**
 * One booked loan as an NDJSON line (--outcomes): `defaulted` is the window's
 * label (0, 1, or null when indeterminate: the command leaves those lines
 * out and counts them) so that `fit` can take it as its target; `pd` has 10
 * places (simulate's pdExact).
 */
export function loanOutcomeLine(offer: Offer, loan: BookedLoan, worldPd: number, life: LoanLife, window: number): string {
  return `${JSON.stringify({
    id: offer.id,
    band: offer.band,
    score: offer.score,
    pd: offer.pd?.toFixed(10) ?? null,
    worldPd: worldPd.toFixed(10),
    apr: offer.apr?.toFixed(4) ?? null,
    amount: cny(loan.fen),
    terms: loan.terms,
    defaulted: windowLabel(life, window),
    window,
    defaultMonth: life.defaultMonth,
    loss: cny(life.loss),
  })}\n`;
}
