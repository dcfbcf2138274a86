import { boundedMemo } from "../boundedMemo.js";
import type { Decimal } from "../decimal.js";
import { amortizeFen, installmentFen } from "../money/fen.js";
import { monthlyRateOf, toFenRate } from "../rates.js";

/** A booked loan's contractual schedule in 分: installment k's interest and principal, and the balance before it. */
export interface LoanSchedule {
  readonly interest: readonly number[];
  readonly principal: readonly number[];
  /** balanceBefore[k − 1]: the principal outstanding before installment k. */
  readonly balanceBefore: readonly number[];
}

const schedules = boundedMemo<LoanSchedule>();

/**
 * The exact equal-installment (等额本息) schedule of the quote engine: the
 * installment round(P·F) and interest round(B·APR/1200) per month, in
 * integer 分. Memoized: a book repeats the same amounts, prices and terms
 * (twenty times slower without). 分 of one loan stay far below 2^53, so they are kept as numbers.
 */
export function loanSchedule(fen: number, apr: Decimal, terms: number): LoanSchedule {
  return schedules(`${fen}/${apr.toString()}/${terms}`, () => {
    const rate = toFenRate(monthlyRateOf(apr));
    const principal = BigInt(fen);
    const fen_ = amortizeFen("installment", principal, Array.from({ length: terms }, () => rate), installmentFen(principal, rate, terms));
    const balanceBefore = [fen, ...fen_.balance.slice(0, -1).map(Number)];
    return { interest: fen_.interest.map(Number), principal: fen_.principal.map(Number), balanceBefore };
  });
}
