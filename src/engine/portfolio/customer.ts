import type { Decimal } from "../decimal.js";
import type { ProfileRequest } from "../simulate/profileFields.js";
import type { Offer } from "../simulate/types.js";
import type { Economics } from "./compiledEconomics.js";
import { loanLife, type BookedLoan, type LoanLife } from "./loanLife.js";
import { Draws } from "./rng.js";
import { takeUp } from "./takeUp.js";

/** One loan of a customer: booked `start` months after the customer's first. */
export interface CustomerLoan {
  readonly loan: BookedLoan;
  readonly life: LoanLife;
  readonly start: number;
}

/**
 * A customer's loans in one run: the first (take-up from the run's draws),
 * then, each time a loan is repaid in full (paid off or prepaid, never after
 * a charge-off), another with probability `reborrowRate`, booked in the month
 * the last one ended, on the same offer (amount and term drawn as for the
 * first) and in the same world, while it starts within `lifetimeMonths` of
 * the first. Loan n ≥ 2 draws from its own stream, keyed (seed, run, key, n):
 * its u[0] decides the re-borrowing, u[1] the term.
 */
export function customerLoans(offer: Offer, request: ProfileRequest | undefined, worldPd: number, draws: Draws, at: { seed: number; run: number; key: string }, econ: Economics, minimum: Decimal): CustomerLoan[] {
  if (offer.apr === null || offer.pd === null) return [];
  const loans: CustomerLoan[] = [];
  const again = { ...econ, takeUp: econ.reborrowRate };
  let start = 0;
  let stream = draws;
  for (let n = 1; ; n++) {
    const booking = takeUp(offer, request, stream, n === 1 ? econ : again, minimum);
    if (!booking) return loans;
    const loan: BookedLoan = { fen: booking.fen, apr: offer.apr, terms: booking.terms, pd: offer.pd };
    const life = loanLife(loan, worldPd, stream, econ);
    loans.push({ loan, life, start });
    start += life.months.length - 1;
    const repaid = (life.months.at(-1)?.chargeOff ?? 0) === 0;
    if (econ.reborrowRate === 0 || !repaid || start >= econ.lifetimeMonths) return loans;
    stream = new Draws(at.seed, at.run, `${at.key}\u0000${n + 1}`);
  }
}
