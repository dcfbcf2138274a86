import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Quote } from "../engine/quote.js";
import { groupedMoney, percent } from "./format.js";
import type { Lang } from "./lang.js";
import { QUOTE_LABELS } from "./quoteLabels.js";

/** How a table may be drawn: its language and chalk's colour level (0 = none). */
export interface TableStyle {
  readonly lang: Lang;
  readonly colorLevel: 0 | 1 | 2 | 3;
}

function scheduleTable(q: Quote, style: TableStyle, c: ChalkInstance): string {
  const labels = QUOTE_LABELS[style.lang];
  const table = new Table({
    head: labels.headers.map((h) => c.bold(h)),
    colAligns: ["right", "left", "right", "right", "right", "right"],
    style: { head: [], border: [] },
    // No rule between rows: a 360-period schedule should stay readable.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const r of q.schedule) {
    table.push([String(r.period), r.dueDate, groupedMoney(r.payment), groupedMoney(r.principal), groupedMoney(r.interest), groupedMoney(r.balance)]);
  }
  return table.toString();
}

/** The quote for people: a title, the schedule, then totals and rates. */
export function renderQuoteTable(q: Quote, style: TableStyle): string {
  const c = new Chalk({ level: style.colorLevel });
  const labels = QUOTE_LABELS[style.lang];
  const title = labels.title(groupedMoney(q.amount), q.terms, labels.method[q.method], q.start);
  const summary = [
    `${labels.totalPayment}: ${c.bold(groupedMoney(q.totals.payment))}`,
    `${labels.totalInterest}: ${c.bold(groupedMoney(q.totals.interest))}`,
    labels.nominal(percent(q.apr), percent(q.dailyRate), q.yearBasis),
    `${c.bold(labels.irrSimple)}: ${c.bold.yellow(`${percent(q.annualizedRate, 2)}%`)}  ${c.dim(`(${labels.irrNote})`)}`,
    `${labels.irrCompound}: ${percent(q.annualizedRateCompound, 2)}%`,
  ];
  return `${c.cyan(title)}\n${scheduleTable(q, style, c)}\n${summary.join("\n")}\n`;
}
