import { Decimal, ZERO } from "./decimal.js";
import { daysBetween, isIsoDate, type IsoDate } from "./dates.js";
import { LoanInputError } from "./loanInputError.js";
import type { FeeInput } from "./fees.js";
import { prepay, type PrepaidTo, type Prepayment, type PrepaymentRequest } from "./prepayment.js";
import { decimalField } from "./quoteInput.js";
import { annualizedCost, type Quote } from "./quote.js";
import { monthlyRateOf, rateValue } from "./rates.js";
import type { ScheduleRow } from "./schedule.js";

/** Several prepayments, and the cost of the loan as it was really repaid. */
export interface PrepaymentPlan {
  /** In date order; the last one's schedule is the loan as finally repaid. */
  readonly prepayments: readonly Prepayment[];
  /** The IRR of the cash actually paid (installments, prepayments, their fees), annualized, percent. */
  readonly effective: { readonly simple: Decimal; readonly compound: Decimal };
}

const feeError = (code: string, says: string) => new LoanInputError("prepayFee", `prepayFee ${says}`, code, says);

/** 违约金: 0 to 100% of the principal prepaid, or an amount in 分 from 0 to the loan amount (as every fee in CNY). */
function checkPrepayFee(fee: FeeInput | undefined, loan: Decimal): void {
  if (fee === undefined) return;
  const value = decimalField("prepayFee", "percent" in fee ? fee.percent : fee.amount);
  if ("percent" in fee && (value.lt(0) || value.gt(100))) throw feeError("range", `must be from 0 to 100% of the principal prepaid, got ${value.toString()}`);
  if ("amount" in fee && (value.lt(0) || value.decimalPlaces() > 2)) throw feeError("money", `must be an amount of 0 or more with at most 2 decimals, got ${value.toString()}`);
  if ("amount" in fee && value.gt(loan)) throw feeError("range", `must be at most the loan amount ${loan.toFixed(2)}, got ${value.toFixed(2)}`);
}

/** The day a request falls on (a period's due date), or undefined when prepay() must reject it. */
function dateOf(q: Quote, req: PrepaymentRequest): IsoDate | undefined {
  if (req.afterPeriod === undefined) return req.date !== undefined && isIsoDate(req.date) ? req.date : undefined;
  return Number.isInteger(req.afterPeriod) && req.afterPeriod >= 1 && req.afterPeriod < q.terms ? (q.schedule[req.afterPeriod - 1] as ScheduleRow).dueDate : undefined;
}

/**
 * The loan a prepayment left, as the next one sees it: the installments paid,
 * then the new rows. After reduce-payment the rows are a new amortization of
 * the balance over the periods left, so `amount` and `terms` become those
 * (what reduce-term keeps next: the installment, or the principal share).
 */
function loanAfter(current: Quote, p: Prepayment, left: Decimal): Quote {
  const schedule = [...current.schedule.slice(0, p.afterPeriod), ...p.schedule];
  if (p.mode !== "reduce-payment") return { ...current, schedule };
  return { ...current, schedule, amount: left, terms: p.schedule.length };
}

/** The principal a partial prepayment left: what the first new row starts from. */
function balanceLeft(p: Prepayment): Decimal {
  const first = p.schedule[0];
  return first ? first.balance.plus(first.principal) : ZERO;
}

/**
 * Applies prepayments in date order, each re-amortizing (by its own mode)
 * the schedule the previous one left. Two on one date, or any after a full
 * payoff, are refused (LoanInputError on "prepay").
 */
export function prepayAll(q: Quote, requests: readonly PrepaymentRequest[]): PrepaymentPlan {
  for (const req of requests) checkPrepayFee(req.fee, q.amount);
  const dated = requests.map((req, i) => ({ req, i, date: dateOf(q, req) }));
  const bad = dated.find((d) => d.date === undefined);
  if (bad) prepay(q, bad.req); // throws the single prepayment's own message
  dated.sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.i - b.i);
  const prepayments: Prepayment[] = [];
  let current = q;
  let from: PrepaidTo | undefined;
  for (const [k, { req, date }] of dated.entries()) {
    const previous = prepayments.at(-1);
    if (date === dated[k - 1]?.date) throw new LoanInputError("prepay", `two prepayments on ${date}: give one, with the amounts added up`);
    if (previous?.mode === "full") throw new LoanInputError("prepay", `the loan is paid off on ${previous.date}; nothing is left to prepay on ${date}`);
    const p = prepay(current, req, from);
    prepayments.push(p);
    from = { date: p.date, balance: balanceLeft(p) };
    current = loanAfter(current, p, from.balance);
  }
  return { prepayments, effective: effectiveCost(q, current.schedule, prepayments) };
}

/** Where a date falls on the IRR's month grid: its period's start plus actual days × 12 ÷ 365. */
function timeOf(q: Quote, paid: number, date: IsoDate): Decimal {
  const periodStart = paid === 0 ? ZERO : q.firstPeriodMonths.plus(paid - 1);
  const since = paid === 0 ? q.start : (q.schedule[paid - 1] as ScheduleRow).dueDate;
  return periodStart.plus(new Decimal(daysBetween(since, date)).times(12).div(365));
}

/**
 * The annualized IRR of what the borrower really paid: the installments of
 * the loan as finally repaid (`paid`), each prepayment and its fee, at their
 * places on the month grid (period k at the first period's length + k − 1
 * months). With no prepayment these are the quote's own flows, so it equals
 * annualizedRate.
 */
export function effectiveCost(q: Quote, paid: readonly ScheduleRow[], prepayments: readonly Prepayment[]): { simple: Decimal; compound: Decimal } {
  const flows = new Map<string, { t: Decimal; amount: Decimal }>();
  const add = (t: Decimal, amount: Decimal) => {
    const key = t.toString();
    flows.set(key, { t, amount: (flows.get(key)?.amount ?? ZERO).plus(amount) });
  };
  for (const row of paid) add(q.firstPeriodMonths.plus(row.period - 1), row.payment);
  for (const p of prepayments) add(timeOf(q, p.afterPeriod, p.date), p.amount.plus(p.prepayFee ?? ZERO));
  const ordered = [...flows.values()].sort((a, b) => a.t.comparedTo(b.t));
  const guess = q.apr.isZero() ? "0.01" : rateValue(monthlyRateOf(q.apr));
  return annualizedCost(q.netDisbursed, ordered.map((f) => f.amount), guess, ordered.map((f) => f.t));
}
