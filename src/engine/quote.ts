import { Decimal, type DecimalInput } from "./decimal.js";
import { dueDates, isIsoDate, type IsoDate } from "./dates.js";
import { equalInstallmentRows } from "./equalInstallment.js";
import { equalPrincipalRows } from "./equalPrincipal.js";
import { annualizeMonthly, periodicIrr } from "./irr.js";
import { LoanInputError } from "./loanInputError.js";
import { METHODS, type Method } from "./methods.js";
import { findLimitViolation, PRODUCTS } from "./products.js";
import { dailyFromAnnual, monthlyRate, YEAR_BASES, type YearBasis } from "./rates.js";
import { totalsOf, type AmortizationRow, type ScheduleRow, type ScheduleTotals } from "./schedule.js";

/** What a quote needs. Rates are in percent (12 means 12% a year). */
export interface QuoteInput {
  readonly amount: DecimalInput;
  readonly apr: DecimalInput;
  readonly terms: number;
  readonly method?: Method;
  /** Drawdown date, `YYYY-MM-DD`; period k falls due k months later. */
  readonly start: IsoDate;
  readonly yearBasis?: YearBasis;
}

/** A dated repayment schedule with its totals and its IRR-annualized cost. */
export interface Quote {
  readonly amount: Decimal;
  readonly method: Method;
  readonly terms: number;
  /** Nominal annual rate, percent. */
  readonly apr: Decimal;
  /** APR ÷ year basis, percent per day. */
  readonly dailyRate: Decimal;
  readonly yearBasis: YearBasis;
  readonly start: IsoDate;
  readonly schedule: readonly ScheduleRow[];
  readonly totals: ScheduleTotals;
  /** 12 × the monthly IRR of the cash flows, percent (年化利率, 单利). */
  readonly annualizedRate: Decimal;
  /** (1 + monthly IRR)^12 − 1, percent (复利). */
  readonly annualizedRateCompound: Decimal;
}

const ROWS_BY_METHOD: Record<Method, (p: Decimal, r: Decimal, n: number) => AmortizationRow[]> = {
  "equal-installment": equalInstallmentRows,
  "equal-principal": equalPrincipalRows,
};

function checkInput(input: QuoteInput, amount: Decimal, apr: Decimal): void {
  const violation = findLimitViolation(PRODUCTS.none, { amount, apr, terms: input.terms });
  if (violation) {
    throw new LoanInputError(violation.field, `${violation.field} must be between ${violation.min} and ${violation.max}, got ${violation.value}`);
  }
  if (amount.decimalPlaces() > 2) throw new LoanInputError("amount", "amount must be a whole number of 分 (at most 2 decimals)");
  if (!METHODS.includes(input.method ?? "equal-installment")) {
    throw new LoanInputError("method", `method must be one of ${METHODS.join(", ")}`);
  }
  if (!isIsoDate(input.start)) throw new LoanInputError("start", "start must be a calendar date written YYYY-MM-DD");
  if (!YEAR_BASES.includes(input.yearBasis ?? 365)) throw new LoanInputError("yearBasis", "yearBasis must be 365 or 360");
}

/** The per-period IRR of "receive `net` now, pay `payments` monthly", annualized in percent. */
export function annualizedCost(net: DecimalInput, payments: readonly DecimalInput[], guess: DecimalInput): { simple: Decimal; compound: Decimal } {
  const i = periodicIrr([new Decimal(net).neg(), ...payments], guess);
  const { simple, compound } = annualizeMonthly(i);
  return { simple: simple.times(100), compound: compound.times(100) };
}

/**
 * Quotes a loan: the exact schedule (every amount rounded half-up to the 分 as
 * it is produced, Σprincipal = amount), totals, and the annualized rate by the
 * IRR method of PBoC announcement 2021 No.3. Throws LoanInputError on bad input.
 */
export function quote(input: QuoteInput): Quote {
  const amount = new Decimal(input.amount);
  const apr = new Decimal(input.apr);
  checkInput(input, amount, apr);
  const method = input.method ?? "equal-installment";
  const yearBasis = input.yearBasis ?? 365;
  const rate = monthlyRate(apr);
  const rows = ROWS_BY_METHOD[method](amount, rate, input.terms);
  const dates = dueDates(input.start, input.terms);
  const schedule = rows.map((row, i) => ({ period: i + 1, dueDate: dates[i] as IsoDate, ...row }));
  const cost = annualizedCost(amount, schedule.map((r) => r.payment), rate);
  return {
    amount,
    method,
    terms: input.terms,
    apr,
    dailyRate: dailyFromAnnual(apr, yearBasis),
    yearBasis,
    start: input.start,
    schedule,
    totals: totalsOf(schedule),
    annualizedRate: cost.simple,
    annualizedRateCompound: cost.compound,
  };
}
