import type { Book } from "../engine/portfolio/result.js";
import { fitColumns, type Column } from "./fitColumns.js";
import type { PortfolioLabels } from "./portfolioLabels.js";
import { ratioPercent, thousands } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";

const right = <T>(header: string, rows: readonly T[], cell: (row: T) => string): Column => ({ header, align: "right", cells: rows.map(cell) });

/** Months on book the vintage table shows: every third, and the last. */
function shownMonths(length: number): number[] {
  const months = Array.from({ length }, (_, m) => m).filter((m) => m > 0 && m % 3 === 0);
  return length > 1 && !months.includes(length - 1) ? [...months, length - 1] : months;
}

/** Each cohort's cumulative default rate (90+ or charged off) by month on book. */
export function vintageSection(book: Book, l: PortfolioLabels, s: TableStyle): string {
  const v = book.vintages;
  const months = shownMonths(v[0]?.cumulativeDefaultRate.length ?? 0);
  const key: Column = { header: l.vintage[0], align: "left", cells: v.map((c) => String(c.cohort)) };
  const booked = [right(l.vintage[1], v, (c) => thousands(c.bookedAmount))];
  const curve = months.map((m) => right(l.monthOnBook(m), v, (c) => ratioPercent(c.cumulativeDefaultRate[m] ?? "0")));
  return [s.c.cyan(l.vintageTitle(l.role[book.role])), fitColumns(key, [booked, curve], s.width, s.c, s.ascii)].join("\n");
}

/** Where the loans in each state at a month's end are a month later (cures are the moves back to current). */
export function rollSection(book: Book, l: PortfolioLabels, s: TableStyle): string {
  const r = book.rollRates;
  const key: Column = { header: l.rollFrom, align: "left", cells: r.map((row) => l.rollState[row.from]) };
  const to = (["current", "dpd1to30", "dpd31to60", "dpd61to90", "dpd90plus", "paidOff", "chargedOff"] as const).map((state) => right(l.rollState[state], r, (row) => ratioPercent(row.to[state])));
  // The loan-months behind each row are in json.
  return [s.c.cyan(l.rollTitle(l.role[book.role])), fitColumns(key, [to], s.width, s.c, s.ascii)].join("\n");
}
