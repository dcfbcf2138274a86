import type { ChalkInstance } from "chalk";
import type { Book, BookTotals, Range, RangedTotal } from "../engine/portfolio/result.js";
import { compactTable } from "./compactTable.js";
import { drawnWidth } from "./layout.js";
import type { PortfolioLabels, TotalKey } from "./portfolioLabels.js";
import { Decimal } from "../engine/decimal.js";
import { count, exactMoney, noRatio, ratioPercent, wholeMoney } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";
import { printable } from "./printable.js";

// "whole": the same in every run (the decision draws nothing), so never a fractional mean.
type Kind = "whole" | "count" | "money" | "ratio" | "multiple";

/** The totals in the order a reader follows them: the funnel, then losses, income and returns. */
const ROWS: readonly (readonly [TotalKey, Kind])[] = [
  ["applicants", "whole"], ["valid", "whole"], ["approved", "whole"], ["approvalRate", "ratio"], ["customers", "count"], ["takeUpRate", "ratio"], ["booked", "count"],
  ["bookedAmount", "money"], ["expectedLoss", "money"], ["simulatedLoss", "money"], ["defaults", "count"], ["chargeOffs", "money"],
  ["recoveries", "money"], ["interestIncome", "money"], ["vat", "money"], ["fundingCost", "money"], ["operatingCost", "money"], ["bookingCost", "money"],
  ["netIncome", "money"], ["peakNpl", "ratio"], ["steadyStateNpl", "ratio"], ["bookNpl", "ratio"], ["lossRate", "ratio"], ["netMargin", "ratio"], ["returnOnAverageAssets", "ratio"],
  ["lifetimeValue", "money"], ["lifetimeValueToAcquisition", "multiple"],
];

/** A ratio whose denominator is zero (nothing valid, approved or booked): the table shows a dash; json keeps its 0. */
function nothingToDivide(t: BookTotals, key: TotalKey): boolean {
  if (key === "approvalRate") return t.valid === 0;
  if (key === "takeUpRate") return t.approved === 0;
  if (key === "lifetimeValue" || key === "lifetimeValueToAcquisition") return t.customers === 0;
  return ["peakNpl", "steadyStateNpl", "lossRate", "netMargin", "returnOnAverageAssets"].includes(key) && new Decimal(t.bookedAmount).isZero();
}

const SHOW: Readonly<Record<Kind, (v: string | number, mean: boolean) => string>> = {
  whole: (v) => count(v),
  count: (v, mean) => count(v, mean),
  money: (v) => exactMoney(String(v)),
  ratio: (v) => ratioPercent(String(v)),
  multiple: (v) => `${new Decimal(String(v)).toFixed(2)}x`,
};

// A range's ends: money to the yuan keeps a side-by-side pair within 80 columns.
const RANGE_END: Readonly<Record<Kind, (v: string) => string>> = { whole: (v) => count(v), count: (v) => count(v), money: wholeMoney, ratio: ratioPercent, multiple: (v) => v };

function cell(book: Book, key: TotalKey, kind: Kind, l: PortfolioLabels, s: TableStyle, split: boolean): string {
  const { c } = s;
  const totals: BookTotals = book.totals;
  if (nothingToDivide(totals, key)) return noRatio(s.ascii);
  const value = SHOW[kind](totals[key], s.runs > 1) + (key === "peakNpl" ? l.peakMonth(totals.peakNplMonth) : "");
  const range: Range | undefined = book.ranges?.[key as RangedTotal];
  return range ? `${value}\n${c.dim(l.range(RANGE_END[kind](range.p5), RANGE_END[kind](range.p95), split))}` : value;
}

function draw(books: readonly Book[], l: PortfolioLabels, s: TableStyle, split: boolean, cohorts: boolean): string {
  const { c } = s;
  const table = compactTable([l.figure, ...books.map((b) => l.role[b.role])].map((h) => c.bold(h)), ["left", ...books.map(() => "right" as const)], s.ascii);
  // One cohort: the book when lending stops is month 0, nothing yet past due.
  for (const [key, kind] of ROWS.filter(([key]) => cohorts || key !== "bookNpl")) {
    const ranged = books.some((b) => b.ranges?.[key as RangedTotal] !== undefined);
    table.push([ranged ? `${l.totals[key]}\n${c.dim(l.rangeLabel)}` : l.totals[key], ...books.map((b) => cell(b, key, kind, l, s, split))]);
  }
  return table.toString();
}

/**
 * Each book's totals, side by side (champion, then challenger), each ranged
 * figure with its 5–95% range under it: on one line, or on two when two
 * books' ranges of large sums would not fit the width.
 */
export function totalsSection(books: readonly Book[], runs: number, l: PortfolioLabels, s: TableStyle, cohorts = false): string {
  const { c } = s;
  const policies = books.map((b) => l.policy(l.role[b.role], printable(b.policy)));
  const oneLine = draw(books, l, s, false, cohorts);
  const table = drawnWidth(oneLine) > s.width ? draw(books, l, s, true, cohorts) : oneLine;
  const note = runs > 1 ? [c.dim(books.some((b) => b.ranges !== undefined) ? l.rangeNote(runs) : l.meanNote(runs))] : [];
  return [c.cyan(l.totalsTitle), ...policies, table, ...note].join("\n");
}
