import { Decimal } from "../../engine/decimal.js";
import type { BookedLoan, LoanLife } from "../../engine/portfolio/loanLife.js";
import type { Offer } from "../../engine/simulate/types.js";

const cny = (fen: number) => new Decimal(fen).div(100).toFixed(2);

/**
 * One booked loan as an NDJSON line (--outcomes): `defaulted` is 0 or 1 so
 * that `fit` can take it as its target; `pd` has 10 places (simulate's pdExact).
 */
export function outcomeLine(offer: Offer, loan: BookedLoan, worldPd: number, life: LoanLife): string {
  return `${JSON.stringify({
    id: offer.id,
    band: offer.band,
    score: offer.score,
    pd: offer.pd?.toFixed(10) ?? null,
    worldPd: worldPd.toFixed(10),
    apr: offer.apr?.toFixed(4) ?? null,
    amount: cny(loan.fen),
    terms: loan.terms,
    defaulted: life.defaultMonth === null ? 0 : 1,
    defaultMonth: life.defaultMonth,
    loss: cny(life.loss),
  })}\n`;
}
