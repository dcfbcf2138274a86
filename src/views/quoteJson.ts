import { methodDefinition } from "../engine/methods/index.js";
import type { Prepayment } from "../engine/prepayment.js";
import type { ScheduleRow } from "../engine/schedule.js";
import { money, percent } from "./format.js";
import type { QuoteReport } from "../app/quoteReport.js";
import { hasRowFees } from "./rowFees.js";

function rowJson(row: ScheduleRow, withFee: boolean) {
  return {
    period: row.period,
    dueDate: row.dueDate,
    payment: money(row.payment),
    principal: money(row.principal),
    interest: money(row.interest),
    ...(withFee ? { fee: money(row.fee) } : {}),
    balance: money(row.balance),
  };
}

/** A prepayment's money fields, in the contract's order. */
const PREPAYMENT_MONEY = ["amount", "payoff", "interestToDate", "interestSaved"] as const;

function prepaymentJson(p: Prepayment, withFee: boolean) {
  return {
    date: p.date,
    afterPeriod: p.afterPeriod,
    ...Object.fromEntries(PREPAYMENT_MONEY.map((field) => [field, money(p[field])])),
    mode: p.mode,
    schedule: p.schedule.map((row) => rowJson(row, withFee)),
    // Added by issue 13, each only when it applies.
    ...(p.prepayFee ? { prepayFee: money(p.prepayFee) } : {}),
    ...(p.flatFeePrepay && p.feesCharged ? { flatFeePrepay: p.flatFeePrepay, feesCharged: money(p.feesCharged) } : {}),
  };
}

/** The quote as the JSON contract of docs/json.md: money and rates as strings. */
export function quoteToJson({ quote: q, prepayment: p, overdue: o, prepayments, effectiveRate: e }: QuoteReport) {
  const withFee = hasRowFees(q);
  return {
    amount: money(q.amount),
    method: q.method,
    terms: q.terms,
    apr: percent(q.apr),
    dailyRate: percent(q.dailyRate),
    yearBasis: q.yearBasis,
    start: q.start,
    schedule: q.schedule.map((row) => rowJson(row, withFee)),
    totals: {
      payment: money(q.totals.payment),
      principal: money(q.totals.principal),
      interest: money(q.totals.interest),
      ...(withFee ? { fee: money(q.totals.fee) } : {}),
    },
    annualizedRate: percent(q.annualizedRate),
    // Fields added after the first contract come after its fields.
    interest: q.interest,
    ...(methodDefinition(q.method).charges === "fee" ? { feeRate: percent(q.totalFeeRate.div(q.terms)), totalFeeRate: percent(q.totalFeeRate) } : {}),
    annualizedRateCompound: percent(q.annualizedRateCompound),
    fees: {
      upfront: money(q.fees.upfront),
      monthly: money(q.fees.monthly),
      ...(methodDefinition(q.method).charges === "fee" ? { installment: money(q.fees.installment) } : {}),
      total: money(q.fees.total),
      ...(q.fees.upfront.isZero() ? {} : { financed: q.fees.financed }),
    },
    netDisbursed: money(q.netDisbursed),
    compliance: { cap: percent(q.compliance.cap), exceedsCap: q.compliance.exceedsCap },
    ...(p ? { prepayment: prepaymentJson(p, withFee) } : {}),
    ...(o ? { overdue: { period: o.period, days: o.days, penaltyRate: percent(o.penaltyRate), penalty: money(o.penalty) } } : {}),
    // Lending conventions (issue 13), each only when it applies.
    ...(prepayments ? { prepayments: prepayments.map((x) => prepaymentJson(x, withFee)) } : {}),
    ...(e ? { effectiveAnnualizedRate: { simple: percent(e.simple), compound: percent(e.compound) } } : {}),
    ...(q.dueDay === undefined ? {} : { dueDay: q.dueDay, firstPeriodDays: q.firstPeriodDays }),
    ...(q.feeResidual ? { feeResidual: q.feeResidual } : {}),
    ...(q.principalRounding ? { principalRounding: q.principalRounding } : {}),
    ...(q.simpleAnnualRate ? { simpleAnnualRate: percent(q.simpleAnnualRate) } : {}),
  };
}

export function renderQuoteJson(report: QuoteReport): string {
  return `${JSON.stringify(quoteToJson(report), null, 2)}\n`;
}
