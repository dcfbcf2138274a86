import { Chalk, type ChalkInstance } from "chalk";
import type { Overdue } from "../engine/overdue.js";
import type { Prepayment } from "../engine/prepayment.js";
import { methodDefinition } from "../engine/methods/index.js";
import type { Quote } from "../engine/quote.js";
import { groupedMoney, percent } from "./format.js";
import { CONVENTION_LABELS, type ConventionLabels } from "./conventionLabels.js";
import { QUOTE_LABELS, type QuoteLabels } from "./quoteLabels.js";
import type { QuoteReport } from "../app/quoteReport.js";
import { hasRowFees } from "./rowFees.js";
import { scheduleTable } from "./scheduleTable.js";
import type { ViewStyle } from "./viewStyle.js";


function feeLines(q: Quote, l: QuoteLabels): string[] {
  const lines: string[] = [];
  if (!q.fees.upfront.isZero()) lines.push(`${l.upfrontFee(q.fees.financed)}: ${groupedMoney(q.fees.upfront)}`);
  if (!q.fees.monthly.isZero()) lines.push(`${l.monthlyFee}: ${groupedMoney(q.fees.monthly)}`);
  if (!q.fees.installment.isZero()) lines.push(`${l.installmentFee}: ${groupedMoney(q.fees.installment)}`);
  if (!q.fees.total.isZero()) lines.push(`${l.totalFees}: ${groupedMoney(q.fees.total)}`);
  if (!q.netDisbursed.eq(q.amount)) lines.push(`${l.netDisbursed}: ${groupedMoney(q.netDisbursed)}`);
  return lines;
}

/** Lines for the lending conventions a quote uses: its due day, a flat-fee principal rounding, a bullet's simple rate. */
function conventionLines(q: Quote, k: ConventionLabels, c: ChalkInstance): string[] {
  return [
    ...(q.dueDay !== undefined && q.firstPeriodDays !== undefined ? [k.dueDay(q.dueDay, q.firstPeriodDays)] : []),
    ...(q.principalRounding ? [k.principalRounding(q.principalRounding, q.feeResidual ?? "first")] : []),
    ...(q.simpleAnnualRate ? [`${k.simpleRate(percent(q.simpleAnnualRate, 2))}  ${c.dim(`(${k.simpleRateNote})`)}`] : []),
  ];
}

function summary(q: Quote, l: QuoteLabels, c: ChalkInstance, k: ConventionLabels): string[] {
  const lines = [
    `${l.totalPayment}: ${c.bold(groupedMoney(q.totals.payment))}`,
    `${l.totalInterest}: ${c.bold(groupedMoney(q.totals.interest))}`,
    ...feeLines(q, l),
    methodDefinition(q.method).charges === "fee"
      ? l.flatFeeRate(percent(q.totalFeeRate.div(q.terms)), percent(q.totalFeeRate))
      : l.nominal(percent(q.apr), percent(q.dailyRate), q.yearBasis, l.interest[q.interest]),
    `${c.bold(l.irrSimple)}: ${c.bold.yellow(`${percent(q.annualizedRate, 2)}%`)}  ${c.dim(`(${l.irrNote})`)}`,
    `${l.irrCompound}: ${percent(q.annualizedRateCompound, 2)}%`,
    ...conventionLines(q, k, c),
  ];
  if (q.compliance.exceedsCap) lines.push(c.red.bold(l.overCap(percent(q.annualizedRate, 2), percent(q.compliance.cap, 2))));
  return lines;
}

function prepaymentSection(p: Prepayment, q: Quote, l: QuoteLabels, c: ChalkInstance, ascii: boolean, k: ConventionLabels): string {
  const lines = [
    c.cyan(l.prepayTitle(p.date, p.afterPeriod, l.prepayMode[p.mode])),
    `${l.payoff}: ${groupedMoney(p.payoff)}`,
    ...(p.flatFeePrepay && p.feesCharged ? [`${k.feesCharged(p.flatFeePrepay)}: ${groupedMoney(p.feesCharged)}`] : []),
    `${l.prepaid}: ${c.bold(groupedMoney(p.amount))}`,
    ...(p.interestToDate.isZero() ? [] : [`${l.interestToDate}: ${groupedMoney(p.interestToDate)}`]),
    `${l.interestSaved}: ${c.green(groupedMoney(p.interestSaved))}`,
    ...(p.prepayFee ? [`${k.prepayFee}: ${groupedMoney(p.prepayFee)}`] : []),
  ];
  return p.schedule.length ? `${lines.join("\n")}\n${scheduleTable(p.schedule, l, hasRowFees(q), c, ascii)}` : lines.join("\n");
}

function overdueLine(o: Overdue, q: Quote, l: QuoteLabels, c: ChalkInstance, k: ConventionLabels): string {
  const line = c.red(l.overdueLine(o.period, o.days, percent(o.penaltyRate), groupedMoney(o.penalty)));
  // 罚息 is a share of the APR, and a flat-fee loan has none: say that its lender's late fee is another matter.
  return methodDefinition(q.method).charges === "fee" ? `${line}\n${k.flatFeeLate}` : line;
}

/** The quote for people: a title, `body` (the schedule as a table or a chart), totals and rates, then any prepayment or late installment. */
export function renderQuotePage({ quote: q, prepayment, overdue, prepayments, effectiveRate }: QuoteReport, style: ViewStyle, body: (q: Quote, l: QuoteLabels, c: ChalkInstance) => string): string {
  const c = new Chalk({ level: style.colorLevel });
  const l = QUOTE_LABELS[style.lang];
  const k = CONVENTION_LABELS[style.lang];
  const title = l.title(groupedMoney(q.amount), q.terms, l.method[q.method], q.start);
  const parts = [c.cyan(title), body(q, l, c), summary(q, l, c, k).join("\n")];
  for (const p of prepayment ? [prepayment] : (prepayments ?? [])) parts.push(prepaymentSection(p, q, l, c, style.ascii === true, k));
  if (effectiveRate) parts.push(c.bold(k.effective(percent(effectiveRate.simple, 2), percent(effectiveRate.compound, 2))));
  if (overdue) parts.push(overdueLine(overdue, q, l, c, k));
  return `${parts.join("\n")}\n`;
}

/** The quote with its schedule as a table. */
export function renderQuoteTable(report: QuoteReport, style: ViewStyle): string {
  return renderQuotePage(report, style, (q, l, c) => scheduleTable(q.schedule, l, hasRowFees(q), c, style.ascii));
}
