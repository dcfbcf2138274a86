import type { MonthRow, PortfolioResult } from "../engine/portfolio/result.js";
import { csvDocument } from "./csv.js";

/** The MonthRow fields, in the order of its interface: the csv's columns after the book's. */
const MONTH_FIELDS = ["month", "active", "outstanding", "dpd1to30", "dpd31to60", "dpd61to90", "dpd90plus", "npl", "chargeOffs", "recoveries", "interestIncome", "fundingCost", "operatingCost", "vat", "netIncome"] as const satisfies readonly (keyof MonthRow)[];
// Fails to compile when MonthRow gains a field the csv does not list.
const listsEveryField: [Exclude<keyof MonthRow, (typeof MONTH_FIELDS)[number]>] extends [never] ? true : never = true;
void listsEveryField;

/**
 * Every book's months as CSV, one record per month per book: the book's role,
 * with --sweep the value it ran at, then the month's figures exactly as the
 * result holds them (money to the fen, ratios to 4 places).
 */
export function renderPortfolioCsv(r: PortfolioResult): string {
  const sweeping = r.sweep !== undefined;
  const header = ["role", ...(sweeping ? ["sweepValue"] : []), ...MONTH_FIELDS];
  const rows = r.books.flatMap((book) => book.months.map((m) => [book.role, ...(sweeping ? [book.sweepValue ?? ""] : []), ...MONTH_FIELDS.map((f) => m[f])]));
  return csvDocument(header, rows);
}
