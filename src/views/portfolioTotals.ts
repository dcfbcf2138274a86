import type { ChalkInstance } from "chalk";
import type { Book, BookTotals, Range, RangedTotal } from "../engine/portfolio/result.js";
import { compactTable } from "./compactTable.js";
import { drawnWidth } from "./layout.js";
import type { PortfolioLabels, TotalKey } from "./portfolioLabels.js";
import { count, exactMoney, ratioPercent, wholeMoney } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";
import { printable } from "./printable.js";

type Kind = "count" | "money" | "ratio";

/** The totals in the order a reader follows them: the funnel, then losses, income and returns. */
const ROWS: readonly (readonly [TotalKey, Kind])[] = [
  ["applicants", "count"], ["valid", "count"], ["approved", "count"], ["approvalRate", "ratio"], ["booked", "count"], ["takeUpRate", "ratio"],
  ["bookedAmount", "money"], ["expectedLoss", "money"], ["simulatedLoss", "money"], ["defaults", "count"], ["chargeOffs", "money"],
  ["recoveries", "money"], ["interestIncome", "money"], ["fundingCost", "money"], ["bookingCost", "money"], ["netIncome", "money"],
  ["peakNpl", "ratio"], ["steadyStateNpl", "ratio"], ["netMargin", "ratio"], ["returnOnAverageAssets", "ratio"],
];

const SHOW: Readonly<Record<Kind, (v: string | number) => string>> = {
  count: (v) => count(v),
  money: (v) => exactMoney(String(v)),
  ratio: (v) => ratioPercent(String(v)),
};

// A range's ends: money to the yuan keeps a side-by-side pair within 80 columns.
const RANGE_END: Readonly<Record<Kind, (v: string) => string>> = { count: (v) => count(v), money: wholeMoney, ratio: ratioPercent };

function cell(book: Book, key: TotalKey, kind: Kind, l: PortfolioLabels, c: ChalkInstance, split: boolean): string {
  const totals: BookTotals = book.totals;
  const value = SHOW[kind](totals[key]) + (key === "peakNpl" ? l.peakMonth(totals.peakNplMonth) : "");
  const range: Range | undefined = book.ranges?.[key as RangedTotal];
  return range ? `${value}\n${c.dim(l.range(RANGE_END[kind](range.p5), RANGE_END[kind](range.p95), split))}` : value;
}

function draw(books: readonly Book[], l: PortfolioLabels, s: TableStyle, split: boolean): string {
  const { c } = s;
  const table = compactTable([l.figure, ...books.map((b) => l.role[b.role])].map((h) => c.bold(h)), ["left", ...books.map(() => "right" as const)], s.ascii);
  for (const [key, kind] of ROWS) {
    const ranged = books.some((b) => b.ranges?.[key as RangedTotal] !== undefined);
    table.push([ranged ? `${l.totals[key]}\n${c.dim(l.rangeLabel)}` : l.totals[key], ...books.map((b) => cell(b, key, kind, l, c, split))]);
  }
  return table.toString();
}

/**
 * Each book's totals, side by side (champion, then challenger), each ranged
 * figure with its 5–95% range under it: on one line, or on two when two
 * books' ranges of large sums would not fit the width.
 */
export function totalsSection(books: readonly Book[], runs: number, l: PortfolioLabels, s: TableStyle): string {
  const { c } = s;
  const policies = books.map((b) => l.policy(l.role[b.role], printable(b.policy)));
  const oneLine = draw(books, l, s, false);
  const table = drawnWidth(oneLine) > s.width ? draw(books, l, s, true) : oneLine;
  const note = runs > 1 ? [c.dim(books.some((b) => b.ranges !== undefined) ? l.rangeNote(runs) : l.meanNote(runs))] : [];
  return [c.cyan(l.totalsTitle), ...policies, table, ...note].join("\n");
}
