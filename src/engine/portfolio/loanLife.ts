import { Decimal, ZERO } from "../decimal.js";
import { mulRound } from "../money/fen.js";
import { FIRST_DPD, monthlyHazard, type Economics } from "./compiledEconomics.js";
import { loanSchedule } from "./loanSchedule.js";
import { defaultDrawIndex, type Draws } from "./rng.js";

/** A loan as booked: 分, the offer's APR (percent), months, and the offer's 12-month PD (the policy's belief: its expected loss). */
export interface BookedLoan {
  readonly fen: number;
  readonly apr: Decimal;
  readonly terms: number;
  readonly pd: Decimal;
}

/** What one loan did in one month, in 分; the balances are at the month's end. */
export interface MonthFlow {
  /** 1 while neither paid off nor charged off at the month's end. */
  readonly active: 0 | 1;
  readonly outstanding: number;
  /** The balance by days past due at the month's end (30-day months, counted from the oldest missed due date). */
  readonly dpd1to30: number;
  readonly dpd31to60: number;
  readonly dpd61to90: number;
  readonly dpd90plus: number;
  readonly chargeOff: number;
  readonly recovery: number;
  readonly interest: number;
  readonly funding: number;
  /** Operating cost on the balance at the month's start. */
  readonly opex: number;
  /** VAT on the month's interest. */
  readonly vat: number;
  /** Scheduled principal paid with the installment (a cure pays every installment in arrears). */
  readonly principalPaid: number;
  /** Principal paid off early (the whole remaining balance). */
  readonly prepaid: number;
}

export interface LoanLife {
  /** Month 0 (the booking) to the month the loan ended. */
  readonly months: readonly MonthFlow[];
  /** The month the loan first reached 90+ days past due or was charged off (its default), or null. */
  readonly defaultMonth: number | null;
  /** Charge-off − recovery. */
  readonly loss: number;
}

const flow = (f: Partial<MonthFlow>): MonthFlow => ({
  active: f.active ?? 0,
  outstanding: f.outstanding ?? 0,
  dpd1to30: f.dpd1to30 ?? 0,
  dpd31to60: f.dpd31to60 ?? 0,
  dpd61to90: f.dpd61to90 ?? 0,
  dpd90plus: f.dpd90plus ?? 0,
  chargeOff: f.chargeOff ?? 0,
  recovery: f.recovery ?? 0,
  interest: f.interest ?? 0,
  funding: f.funding ?? 0,
  opex: f.opex ?? 0,
  vat: f.vat ?? 0,
  principalPaid: f.principalPaid ?? 0,
  prepaid: f.prepaid ?? 0,
});

/** The bucket of a balance `dpd` days past due. */
function bucket(dpd: number, balance: number): Partial<MonthFlow> {
  return dpd <= 30 ? { dpd1to30: balance } : dpd <= 60 ? { dpd31to60: balance } : dpd <= 90 ? { dpd61to90: balance } : { dpd90plus: balance };
}

/**
 * Runs one booked loan through its months. Installment k falls due in the
 * middle of month k (a book's due dates spread over the month), and balances
 * are counted at the month's end. Month k: funding cost on the balance at
 * the start of the month (a delinquent one too, until charged off); then,
 * for a current loan, the default draw against the world's hazard — on
 * default installment k goes unpaid, and at the end of month j the loan is
 * 15 + 30 × (j − d) days past due, d the oldest missed installment: 1–30 in
 * month d, 31–60, 61–90, then 90+ for three months (non-performing; its
 * default), charged off in the month it reaches `chargeOffDays` (180: month
 * d + 6), recovering round((1 − LGD) × balance). While 31–90 days past due
 * the cure draw may bring it back: every installment in arrears is paid
 * (interest and principal) and it runs on. A loan that pays may prepay
 * (no extra interest, no fee). Common random numbers: every policy reads the
 * same draws, and a higher hazard never defaults later.
 */
export function loanLife(loan: BookedLoan, worldPd: number, draws: Draws, econ: Economics): LoanLife {
  const s = loanSchedule(loan.fen, loan.apr, loan.terms);
  const h = monthlyHazard(worldPd, econ.pdMultiplier);
  const months: MonthFlow[] = [flow({ active: 1, outstanding: loan.fen })];
  let balance = loan.fen;
  let missed: number | null = null;
  let defaultMonth: number | null = null;
  for (let k = 1; ; k++) {
    // Funding and operating cost on the balance at the month's start: delinquent balances bear both until charged off.
    const funding = Number(mulRound(BigInt(balance), econ.fundingMonthly));
    const opex = Number(mulRound(BigInt(balance), econ.opexMonthly));
    const at = defaultDrawIndex(k);
    if (missed === null && draws.at(at) < h) missed = k;
    let [from, to] = [k, k];
    if (missed !== null) {
      const dpd = FIRST_DPD + 30 * (k - missed);
      if (k - missed >= econ.chargeOffAfter) {
        const recovery = Number(mulRound(BigInt(balance), econ.recoveryShare));
        months.push(flow({ chargeOff: balance, recovery, funding, opex }));
        return { months, defaultMonth: defaultMonth ?? k, loss: balance - recovery };
      }
      if (dpd > 90) defaultMonth ??= k;
      if (k === missed || dpd > 90 || draws.at(at + 2) >= econ.cureRate) {
        months.push(flow({ active: 1, outstanding: balance, funding, opex, ...bucket(dpd, balance) }));
        continue;
      }
      // Cured: every installment in arrears is paid now.
      [from, to] = [missed, Math.min(k, loan.terms)];
      missed = null;
    }
    let interest = 0;
    let principalPaid = 0;
    for (let i = from; i <= to; i++) [interest, principalPaid] = [interest + (s.interest[i - 1] as number), principalPaid + (s.principal[i - 1] as number)];
    balance -= principalPaid;
    const vat = Number(mulRound(BigInt(interest), econ.vatShare));
    if (balance === 0) {
      months.push(flow({ interest, vat, funding, opex, principalPaid }));
      return { months, defaultMonth, loss: 0 };
    }
    if (draws.at(at + 1) < econ.prepayRate) {
      months.push(flow({ interest, vat, funding, opex, principalPaid, prepaid: balance }));
      return { months, defaultMonth, loss: 0 };
    }
    months.push(flow({ active: 1, outstanding: balance, interest, vat, funding, opex, principalPaid }));
  }
}

/**
 * The policy's expected loss of a loan (its PD, no cures), in 分 (rounded half-up):
 * LGD × Σ_k P(default in month k) × B_{k−1}, P(default in k) = [(1−h)(1−p)]^{k−1}·h.
 */
export function expectedLoss(loan: BookedLoan, econ: Economics): number {
  const s = loanSchedule(loan.fen, loan.apr, loan.terms);
  const h = monthlyHazard(loan.pd.toNumber(), econ.pdMultiplier);
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
