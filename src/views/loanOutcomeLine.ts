import { Decimal } from "../engine/decimal.js";
import type { LoanOutcome } from "../app/portfolio/windowLabel.js";
import { money } from "./format.js";

const cny = (fen: number) => money(new Decimal(fen).div(100));

/**
 * One booked loan as an NDJSON line (--outcomes): `defaulted` is the window's
 * label (0, 1, or null when indeterminate: the command leaves those lines
 * out and counts them) so that `fit` can take it as its target; `pd` has 10
 * places (simulate's pdExact).
 */
export function loanOutcomeLine(o: LoanOutcome): string {
  return `${JSON.stringify({
    id: o.offer.id,
    band: o.offer.band,
    score: o.offer.score,
    pd: o.offer.pd?.toFixed(10) ?? null,
    worldPd: o.worldPd.toFixed(10),
    apr: o.offer.apr?.toFixed(4) ?? null,
    amount: cny(o.loan.fen),
    terms: o.loan.terms,
    defaulted: o.defaulted,
    window: o.window,
    defaultMonth: o.life.defaultMonth,
    loss: cny(o.life.loss),
  })}\n`;
}
