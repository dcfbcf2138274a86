import { Decimal, ZERO, type DecimalInput } from "./decimal.js";
import { daysBetween, type IsoDate } from "./dates.js";
import { loanCalendar, periodTimes } from "./dueDay.js";
import { feesOf, resolveFee, type Fees } from "./fees.js";
import { annualizeMonthly, periodicIrr } from "./irr.js";
import { annualizedInFloats } from "./irrFloat.js";
import { safeFenOf } from "./money/fenDecimal.js";
import { methodDefinition, type Method } from "./methods/index.js";
import { DEFAULT_CAP } from "./products.js";
import { checkedQuoteInput, type QuoteInput } from "./quoteInput.js";
import { dailyFromAnnual, dailyRateOf, monthlyRateOf, periodRates, rateValue, type InterestBasis, type YearBasis } from "./rates.js";
import type { FeeResidual, PrincipalRounding } from "./methods/types.js";
import { totalsOf, withFee, type ScheduleRow, type ScheduleTotals } from "./schedule.js";

/** A dated repayment schedule with its totals, fees and IRR-annualized cost. */
export interface Quote {
  /** The principal amortized (the amount asked for, plus a financed upfront fee). */
  readonly amount: Decimal;
  readonly method: Method;
  readonly terms: number;
  /** Nominal annual rate, percent. */
  readonly apr: Decimal;
  /** APR ÷ year basis, percent per day. */
  readonly dailyRate: Decimal;
  readonly yearBasis: YearBasis;
  readonly start: IsoDate;
  readonly interest: InterestBasis;
  readonly schedule: readonly ScheduleRow[];
  readonly totals: ScheduleTotals;
  readonly fees: Fees;
  /** What the borrower actually receives at drawdown. */
  readonly netDisbursed: Decimal;
  /**
   * 12 × the monthly IRR of all cash flows, fees included, percent (年化利率, 单利).
   * Rounded to 2 or 4 decimals it is always the exact root's rounding; the
   * value itself may be up to about 1e-9 from the exact root (see annualizedCost).
   */
  readonly annualizedRate: Decimal;
  /** (1 + monthly IRR)^12 − 1, percent (复利). */
  readonly annualizedRateCompound: Decimal;
  readonly compliance: { readonly cap: Decimal; readonly exceedsCap: boolean };
  /** flat-fee: the whole-term fee as a percent of the amount (per-period rate × terms); 0 otherwise. */
  readonly totalFeeRate: Decimal;
  /** The fixed day of the month every period falls due on (固定还款日), when one was given. */
  readonly dueDay?: number;
  /** With a due day: the days of the irregular first period. */
  readonly firstPeriodDays?: number;
  /** The first period on the IRR's month grid: 1, or its actual days × 12 ÷ 365 with a due day. */
  readonly firstPeriodMonths: Decimal;
  /** flat-fee with `feeResidual` given: which period took the rounding leftovers. */
  readonly feeResidual?: FeeResidual;
  /** flat-fee with `principalRounding` given: how each period's principal share was rounded. */
  readonly principalRounding?: PrincipalRounding;
  /** Methods that disclose it (bullet): total interest ÷ principal ÷ (days ÷ year basis), percent (单利). */
  readonly simpleAnnualRate?: Decimal;
}

/** An amount as a float for the float solver: from its 分 when it has whole 分. */
function asNumber(amount: DecimalInput): number {
  const d = amount instanceof Decimal ? amount : new Decimal(amount);
  const fen = safeFenOf(d);
  return fen === undefined ? d.toNumber() : fen / 100;
}

/**
 * The per-period IRR of "receive `net` now, pay `payments` monthly" (or at
 * `times`, in months, fractions allowed), annualized in percent. Solved in
 * floats and given to 10 decimals when that settles both figures' 2nd and 4th
 * decimals; otherwise solved exactly in decimals (to 1e-24 a period).
 */
export function annualizedCost(net: DecimalInput, payments: readonly DecimalInput[], guess: DecimalInput = "0.01", times?: readonly Decimal[]): { simple: Decimal; compound: Decimal } {
  // Floats first: exact to every decimal ever shown unless the root sits near a rounding boundary.
  const flows = new Float64Array(payments.length + 1);
  flows[0] = -asNumber(net);
  for (let k = 0; k < payments.length; k++) flows[k + 1] = asNumber(payments[k] as DecimalInput);
  const at = times && Float64Array.from([ZERO, ...times], (t) => t.toNumber());
  const fast = annualizedInFloats(flows, at, new Decimal(guess).toNumber());
  if (fast) return fast;
  const i = periodicIrr([new Decimal(net).neg(), ...payments], guess, times && [ZERO, ...times]);
  const { simple, compound } = annualizeMonthly(i);
  return { simple: simple.times(100), compound: compound.times(100) };
}

/** The loan's length in years on the year basis: its days ÷ 365 or 360. */
function yearsOf(start: IsoDate, dates: readonly IsoDate[], yearBasis: YearBasis): Decimal {
  return new Decimal(daysBetween(start, dates[dates.length - 1] as IsoDate)).div(yearBasis);
}

/**
 * Quotes a loan: the exact schedule (every amount rounded half-up to the 分 as
 * it is produced, Σprincipal = amount), totals, fees and the annualized rate by
 * the IRR method of PBoC announcement 2021 No.3. Throws LoanInputError on bad input.
 */
export function quote(input: QuoteInput): Quote {
  const { amount, apr } = checkedQuoteInput(input);
  return trustedQuote(input, amount, apr);
}

/**
 * quote() without the checks, for a caller that has asserted the contract
 * once (checkedQuoteInput) and varies only what keeps it: the budget
 * search's steps. `asked` and `apr` are the input's amount and rate as Decimals.
 */
export function trustedQuote(input: QuoteInput, asked: Decimal, apr: Decimal): Quote {
  const method = input.method ?? "equal-installment";
  const definition = methodDefinition(method);
  const yearBasis = input.yearBasis ?? 365;
  const interest = input.interest ?? "monthly";
  const upfront = resolveFee(input.upfrontFee, asked);
  const principal = input.financeFee ? asked.plus(upfront) : asked;
  const netDisbursed = input.financeFee ? asked : asked.minus(upfront); // > 0: checked above

  const totalFeePercent = input.totalFeeRate !== undefined ? new Decimal(input.totalFeeRate) : input.feeRate !== undefined ? new Decimal(input.feeRate).times(input.terms) : ZERO;
  const calendar = loanCalendar(input.start, input.terms, input.dueDay, input.minFirstDays);
  const dates = calendar.dates;
  const rate = monthlyRateOf(apr);
  const rates = periodRates(apr, interest, yearBasis, input.start, dates);
  // A due day's first period: its rows are laid out as a regular month, its interest for its actual days.
  const firstPeriod = input.dueDay === undefined ? {} : { firstPeriodRate: dailyRateOf(apr, yearBasis, calendar.firstPeriodDays) };
  if (input.dueDay !== undefined) rates[0] = rate;
  const monthlyFee = resolveFee(input.monthlyFee, asked);
  const conventions = { ...firstPeriod, ...(input.feeRate === undefined ? {} : { feeRate: new Decimal(input.feeRate) }), ...(input.feeResidual ? { feeResidual: input.feeResidual } : {}), ...(input.principalRounding ? { principalRounding: input.principalRounding } : {}) };
  const methodRows = definition.rows({ principal, terms: input.terms, monthlyRate: rate, rates, totalFeePercent, ...conventions });
  // The fee column before the monthly fee is added: a fee-charging method's whole installment fee.
  const installmentFee = methodRows.some((r) => !r.fee.isZero()) ? totalsOf(methodRows).fee : ZERO; // interest methods charge none
  const schedule = withFee(methodRows, monthlyFee).map((row, i) => ({ period: i + 1, dueDate: dates[i] as IsoDate, ...row }));
  const times = input.dueDay === undefined ? undefined : periodTimes(calendar);
  const cost = annualizedCost(netDisbursed, schedule.map((r) => r.payment), apr.isZero() ? "0.01" : rateValue(rate), times);
  const totals = totalsOf(schedule);
  const cap = new Decimal(input.cap ?? DEFAULT_CAP);
  return {
    amount: principal,
    method,
    terms: input.terms,
    apr,
    dailyRate: dailyFromAnnual(apr, yearBasis),
    yearBasis,
    start: input.start,
    interest,
    schedule,
    totals,
    fees: feesOf(upfront, monthlyFee, input.terms, installmentFee, input.financeFee === true && !upfront.isZero()),
    netDisbursed,
    annualizedRate: cost.simple,
    annualizedRateCompound: cost.compound,
    // Judged on the rate as disclosed, to 0.01%: 24% nominal with 0.002 pp of
    // rounding drift is a 24.00% loan, not one above the cap.
    compliance: { cap, exceedsCap: cost.simple.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).gt(cap) },
    totalFeeRate: definition.charges === "fee" ? totalFeePercent : ZERO,
    firstPeriodMonths: calendar.firstPeriodMonths,
    ...(input.dueDay === undefined ? {} : { dueDay: input.dueDay, firstPeriodDays: calendar.firstPeriodDays }),
    ...(input.feeResidual ? { feeResidual: input.feeResidual } : {}),
    ...(input.principalRounding ? { principalRounding: input.principalRounding } : {}),
    ...(definition.disclosesSimpleRate ? { simpleAnnualRate: totals.interest.div(principal).div(yearsOf(input.start, dates, yearBasis)).times(100) } : {}),
  };
}
