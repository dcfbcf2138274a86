import { Decimal, ZERO } from "../decimal.js";
import { mulRound } from "../money/fen.js";
import { monthlyHazard, type Economics } from "./compiledEconomics.js";
import { loanSchedule } from "./loanSchedule.js";
import { defaultDrawIndex, type Draws } from "./rng.js";

/** A loan as booked: 分, the offer's APR (percent), months, and the offer's 12-month PD (the policy's belief: its expected loss). */
export interface BookedLoan {
  readonly fen: number;
  readonly apr: Decimal;
  readonly terms: number;
  readonly pd: number;
}

/** What one loan did in one month, in 分; the balances are at the month's end. */
export interface MonthFlow {
  /** 1 while neither paid off nor charged off at the month's end. */
  readonly active: 0 | 1;
  readonly outstanding: number;
  readonly m1: number;
  readonly m2: number;
  readonly m3plus: number;
  readonly chargeOff: number;
  readonly recovery: number;
  readonly interest: number;
  readonly funding: number;
  /** Scheduled principal paid with the installment. */
  readonly principalPaid: number;
  /** Principal paid off early (the whole remaining balance). */
  readonly prepaid: number;
}

export interface LoanLife {
  /** Month 0 (the booking) to the month the loan ended. */
  readonly months: readonly MonthFlow[];
  readonly defaultMonth: number | null;
  /** Charge-off − recovery. */
  readonly loss: number;
}

const flow = (f: Partial<MonthFlow>): MonthFlow => ({
  active: f.active ?? 0,
  outstanding: f.outstanding ?? 0,
  m1: f.m1 ?? 0,
  m2: f.m2 ?? 0,
  m3plus: f.m3plus ?? 0,
  chargeOff: f.chargeOff ?? 0,
  recovery: f.recovery ?? 0,
  interest: f.interest ?? 0,
  funding: f.funding ?? 0,
  principalPaid: f.principalPaid ?? 0,
  prepaid: f.prepaid ?? 0,
});

/**
 * Runs one booked loan through its months. Month k: funding cost on the
 * balance at the start of the month (a delinquent one too, until charged
 * off); then the default draw — on default installment k goes unpaid and
 * the balance before it is 1 payment past due (M1) this month, M2 the next,
 * M3+ after, and is charged off in the month it is `chargeOffMonth` past
 * due, recovering round((1 − LGD) × balance); else installment k is paid,
 * then the prepayment draw may pay off the remaining principal (no extra
 * interest, no fee). The hazard is the world's PD, not the policy's: every
 * policy meets the same borrowers. Common random numbers: a higher hazard never defaults later.
 */
export function loanLife(loan: BookedLoan, worldPd: number, draws: Draws, econ: Economics): LoanLife {
  const s = loanSchedule(loan.fen, loan.apr, loan.terms);
  const h = monthlyHazard(worldPd, econ.pdMultiplier);
  const months: MonthFlow[] = [flow({ active: 1, outstanding: loan.fen })];
  let balance = loan.fen;
  let defaultMonth: number | null = null;
  for (let k = 1; ; k++) {
    const funding = Number(mulRound(BigInt(balance), econ.fundingMonthly));
    if (defaultMonth === null) {
      if (draws.at(defaultDrawIndex(k)) < h) defaultMonth = k;
      else {
        const interest = s.interest[k - 1] as number;
        const principalPaid = s.principal[k - 1] as number;
        balance -= principalPaid;
        if (k === loan.terms) {
          months.push(flow({ interest, funding, principalPaid }));
          return { months, defaultMonth, loss: 0 };
        }
        if (draws.at(defaultDrawIndex(k) + 1) < econ.prepayRate) {
          months.push(flow({ interest, funding, principalPaid, prepaid: balance }));
          return { months, defaultMonth, loss: 0 };
        }
        months.push(flow({ active: 1, outstanding: balance, interest, funding, principalPaid }));
        continue;
      }
    }
    const due = k - defaultMonth + 1;
    if (due >= econ.chargeOffMonth) {
      const recovery = Number(mulRound(BigInt(balance), econ.recoveryShare));
      months.push(flow({ chargeOff: balance, recovery, funding }));
      return { months, defaultMonth, loss: balance - recovery };
    }
    months.push(flow({ active: 1, outstanding: balance, funding, ...(due === 1 ? { m1: balance } : due === 2 ? { m2: balance } : { m3plus: balance }) }));
  }
}

/**
 * The model's expected loss of a loan, in 分 (rounded half-up):
 * LGD × Σ_k P(default in month k) × B_{k−1}, P(default in k) = [(1−h)(1−p)]^{k−1}·h.
 */
export function expectedLoss(loan: BookedLoan, econ: Economics): number {
  const s = loanSchedule(loan.fen, loan.apr, loan.terms);
  const h = monthlyHazard(loan.pd, econ.pdMultiplier);
  const stay = (1 - h) * (1 - econ.prepayRate);
  // The probabilities are the model's floats (as the draws are); the money they weigh is decimal.
  let alive = 1;
  let exposure = ZERO;
  for (let k = 1; k <= loan.terms; k++) {
    exposure = exposure.plus(new Decimal(alive * h).times(s.balanceBefore[k - 1] as number));
    alive *= stay;
  }
  return econ.lgd.times(exposure).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}
