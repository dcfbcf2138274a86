import { ZERO, type Decimal, type DecimalInput } from "./decimal.js";
import { daysBetween, isIsoDate, type IsoDate } from "./dates.js";
import { LoanInputError } from "./loanInputError.js";
import { resolveFee, type FeeInput } from "./fees.js";
import { METHOD_DEFINITIONS, methodDefinition } from "./methods/index.js";
import type { FlatFeePrepay, PrepayMode } from "./methods/types.js";
import { interestOn } from "./money/fen.js";
import type { Quote } from "./quote.js";
import { decimalField } from "./quoteInput.js";
import { dailyRateOf, monthlyRateOf, type Rate } from "./rates.js";
import { totalsOf, withFee, type ScheduleRow } from "./schedule.js";

export { PREPAY_MODES, type PrepayMode } from "./methods/types.js";

/** 提前还款: on a period's due date (after its installment) or on any date; all of it or `amount`. */
export interface PrepaymentRequest {
  readonly afterPeriod?: number;
  readonly date?: IsoDate;
  /** Cash paid that day; the payoff when left out. */
  readonly amount?: DecimalInput;
  readonly mode?: PrepayMode;
  /** 违约金: an amount, or a percent of the principal prepaid. */
  readonly fee?: FeeInput;
  /** Fee-charging methods: charge the fees of periods not yet due with the payoff, or waive them. */
  readonly flatFee?: FlatFeePrepay;
}

/** Where an earlier prepayment left the loan: interest settled to `date` on `balance`. */
export interface PrepaidTo {
  readonly date: IsoDate;
  readonly balance: Decimal;
}

/** What a prepayment costs and saves, and the schedule after it. */
export interface Prepayment {
  readonly date: IsoDate;
  /** Installments paid before the prepayment. */
  readonly afterPeriod: number;
  /** Cash paid on `date`: interest to date first, the rest principal. */
  readonly amount: Decimal;
  /** What paying everything off on `date` costs. */
  readonly payoff: Decimal;
  /** Interest for the days since the last due date, on the balance. */
  readonly interestToDate: Decimal;
  /** Interest of the original schedule after `afterPeriod`, less what is still paid. */
  readonly interestSaved: Decimal;
  readonly mode: "full" | PrepayMode;
  /** The schedule after a partial prepayment; empty after a full payoff. */
  readonly schedule: readonly ScheduleRow[];
  /** 违约金 charged on top of `amount`, when the request named a fee. */
  readonly prepayFee?: Decimal;
  /** Fee-charging methods: the payoff convention and the fees of periods not yet due it charged (in `payoff`). */
  readonly flatFeePrepay?: FlatFeePrepay;
  readonly feesCharged?: Decimal;
}

/** `says` the problem; the message puts `lead` (the field in words) before it where it reads so. */
function fail(field: string, code: string, says: string, lead = ""): never {
  throw new LoanInputError(field, `${lead}${says}`, code, says);
}

/** When the prepayment happens: installments paid before it, its date, days into the period. */
function locate(q: Quote, req: PrepaymentRequest, from?: PrepaidTo): { paid: number; date: IsoDate; days: number; balance: Decimal } {
  // After an earlier prepayment the schedule may be shorter than the term.
  const n = q.schedule.length;
  const last = q.schedule[n - 1] as ScheduleRow;
  if (req.afterPeriod !== undefined) {
    if (!Number.isInteger(req.afterPeriod) || req.afterPeriod < 1 || req.afterPeriod >= n) {
      fail("prepay", "range", `period must be from 1 to ${n - 1} (before the last of ${n}), got ${req.afterPeriod}`, "prepay ");
    }
    const row = q.schedule[req.afterPeriod - 1] as ScheduleRow;
    return { paid: req.afterPeriod, date: row.dueDate, days: 0, balance: row.balance };
  }
  const date = req.date ?? fail("prepay", "required", "a prepayment needs a period or a date");
  if (!isIsoDate(date)) fail("prepayOn", "date", `prepay date must be a calendar date YYYY-MM-DD, got ${date}`);
  if (date <= q.start || date >= last.dueDate) fail("prepayOn", "range", `prepay date must fall after ${q.start} and before the last due date ${last.dueDate}, got ${date}`);
  const paid = q.schedule.filter((r) => r.dueDate <= date).length;
  const since = paid === 0 ? q.start : (q.schedule[paid - 1] as ScheduleRow).dueDate;
  // An earlier prepayment in this period (or on its first day) settled the days before it.
  if (from && from.date >= since) return { paid, date, days: daysBetween(from.date, date), balance: from.balance };
  return { paid, date, days: daysBetween(since, date), balance: paid === 0 ? q.amount : (q.schedule[paid - 1] as ScheduleRow).balance };
}

/**
 * Pays a loan off early, wholly or in part. A partial prepayment re-amortizes
 * what is left: `reduce-payment` keeps the remaining terms, `reduce-term`
 * keeps the installment (or, for 等额本金, the principal share) and ends sooner.
 */
export function prepay(q: Quote, req: PrepaymentRequest, from?: PrepaidTo): Prepayment {
  const definition = methodDefinition(q.method);
  const rowsAfter = definition.prepay;
  if (!rowsAfter && !definition.payoffCharge) {
    const supported = METHOD_DEFINITIONS.filter((d) => d.prepay || d.payoffCharge).map((d) => d.id);
    fail("prepay", "not-for-method", `prepayment is supported for ${supported.slice(0, -1).join(", ")} and ${supported.at(-1)} loans, not ${q.method}`);
  }
  const { paid, date, days, balance } = locate(q, req, from);
  const interestToDate = interestOn(balance, dailyRateOf(q.apr, q.yearBasis, days));
  // A fee-charging method's payoff: the fees of periods not yet due, less the monthly fee (never charged ahead).
  const flatFee = definition.payoffCharge && (req.flatFee ?? "remaining");
  const notYetDue = q.schedule.slice(paid).map((row) => ({ ...row, fee: row.fee.minus(q.fees.monthly) }));
  const feesCharged = definition.payoffCharge && flatFee ? definition.payoffCharge(notYetDue, flatFee) : ZERO;
  const payoff = balance.plus(interestToDate).plus(feesCharged);
  const amount = req.amount === undefined ? payoff : decimalField("prepay", req.amount);
  if (amount.gt(payoff)) fail("prepay", "above-payoff", `amount ${amount.toFixed(2)} is more than the payoff ${payoff.toFixed(2)} on ${date}`, "prepay ");
  if (amount.lte(interestToDate)) fail("prepay", "below-interest", `amount ${amount.toFixed(2)} must exceed the interest to date ${interestToDate.toFixed(2)}`, "prepay ");
  if (!rowsAfter && amount.lt(payoff)) fail("prepay", "whole-only", `a ${q.method} loan is paid off whole: leave out the amount (the payoff on ${date} is ${payoff.toFixed(2)})`);
  const originalInterest = totalsOf(q.schedule.slice(paid)).interest;
  const mode = amount.eq(payoff) ? "full" : (req.mode ?? "reduce-term");
  let schedule: ScheduleRow[] = [];
  if (mode !== "full" && rowsAfter) {
    const left = balance.minus(amount.minus(interestToDate));
    const remaining = q.schedule.slice(paid);
    // A mid-period payment has settled the days before it; the rest of that
    // period accrues on the new balance for the days still to run.
    const rates = remaining.map((row, i) => (i === 0 && days > 0 ? dailyRateOf(q.apr, q.yearBasis, daysBetween(date, row.dueDate)) : nominalRate(q, paid + i)));
    const rows = withFee(rowsAfter({ quote: q, balance: left, rates, mode }), q.fees.monthly);
    schedule = rows.map((row, i) => ({ period: paid + i + 1, dueDate: (remaining[i] as ScheduleRow).dueDate, ...row }));
  }
  const interestSaved = originalInterest.minus(interestToDate).minus(totalsOf(schedule).interest);
  const prepaid = amount.minus(interestToDate).minus(feesCharged);
  return {
    date, afterPeriod: paid, amount, payoff, interestToDate, interestSaved, mode, schedule,
    ...(req.fee === undefined ? {} : { prepayFee: resolveFee(req.fee, prepaid) }),
    ...(flatFee ? { flatFeePrepay: flatFee, feesCharged } : {}),
  };
}

/** The rate a period was charged at in the original quote (APR/12 or daily × its days). */
function nominalRate(q: Quote, index: number): Rate {
  if (index === 0 && q.firstPeriodDays !== undefined && q.dueDay !== undefined) return dailyRateOf(q.apr, q.yearBasis, q.firstPeriodDays);
  if (q.interest === "monthly") return monthlyRateOf(q.apr);
  const due = (q.schedule[index] as ScheduleRow).dueDate;
  const from = index === 0 ? q.start : (q.schedule[index - 1] as ScheduleRow).dueDate;
  return dailyRateOf(q.apr, q.yearBasis, daysBetween(from, due));
}
