import { Decimal } from "../decimal.js";
import type { ProfileRequest } from "../simulate/profileFields.js";
import type { Offer, TermOffer } from "../simulate/types.js";
import type { Economics } from "./compiledEconomics.js";
import type { Draws } from "./rng.js";

/** The term drawn with u from the mix's weights over the terms offered (equal weights when the mix gives none of them any). */
function drawnTerm(offered: readonly TermOffer[], econ: Economics, u: number): TermOffer {
  const weights = offered.map((t) => econ.termMix.find(([n]) => n === t.terms)?.[1] ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  const w = total > 0 ? weights : offered.map(() => 1);
  let at = u * (total > 0 ? total : offered.length);
  for (let i = 0; i < offered.length; i++) {
    at -= w[i] as number;
    if (at < 0) return offered[i] as TermOffer;
  }
  // u·total may round to total itself: the last term with weight.
  let last = offered.length - 1;
  while (last > 0 && (w[last] as number) <= 0) last--;
  return offered[last] as TermOffer;
}

/**
 * Whether an approved applicant borrows (u[0] < takeUp), how much and over
 * how long: the request when its term is on offer (capped at that term's
 * most), else utilisation × limit floored to 100 CNY over a term drawn from
 * the mix (u[1]), raised to the policy's minimum loan (as quote refuses less)
 * and capped at that term's most (never under the minimum: termOffers drops
 * such terms). Amounts in 分; null when nothing is borrowed.
 */
export function takeUp(offer: Offer, request: ProfileRequest | undefined, draws: Draws, econ: Economics, minimum: Decimal): { fen: number; terms: number } | null {
  if (offer.decision !== "approved" || offer.limit === null || offer.terms.length === 0) return null;
  const borrows = draws.at(0) < econ.takeUp;
  const u = draws.at(1); // drawn whether used or not: the layout of draws stays fixed
  if (!borrows) return null;
  const asked = request ? offer.terms.find((t) => t.terms === request.terms) : undefined;
  let amount: Decimal;
  let term: TermOffer;
  if (request && asked) {
    term = asked;
    amount = request.amount;
  } else {
    term = drawnTerm(offer.terms, econ, u);
    amount = new Decimal(econ.utilisation).times(offer.limit).div(100).floor().times(100);
    if (amount.lt(minimum)) amount = minimum;
  }
  if (amount.gt(term.maxAmount)) amount = term.maxAmount;
  const fen = amount.times(100).floor().toNumber();
  return fen > 0 ? { fen, terms: term.terms } : null;
}
