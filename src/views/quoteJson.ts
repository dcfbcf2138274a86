import type { Quote } from "../engine/quote.js";
import { money, percent } from "./format.js";

/** The quote as the JSON contract of spec/quote.md: money and rates as strings. */
export function quoteToJson(q: Quote) {
  return {
    amount: money(q.amount),
    method: q.method,
    terms: q.terms,
    apr: percent(q.apr),
    dailyRate: percent(q.dailyRate),
    yearBasis: q.yearBasis,
    start: q.start,
    schedule: q.schedule.map((row) => ({
      period: row.period,
      dueDate: row.dueDate,
      payment: money(row.payment),
      principal: money(row.principal),
      interest: money(row.interest),
      balance: money(row.balance),
    })),
    totals: { payment: money(q.totals.payment), principal: money(q.totals.principal), interest: money(q.totals.interest) },
    annualizedRate: percent(q.annualizedRate),
    annualizedRateCompound: percent(q.annualizedRateCompound),
  };
}

export function renderQuoteJson(q: Quote): string {
  return `${JSON.stringify(quoteToJson(q), null, 2)}\n`;
}
