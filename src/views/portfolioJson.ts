import type { PortfolioResult } from "../engine/portfolio/result.js";

/** The whole portfolio result, as docs/json.md's contract: money and ratios as decimal strings. */
export function renderPortfolioJson(result: PortfolioResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** One line per month of each book, the book named on each line (its role, and its sweep value when swept). */
export function renderPortfolioNdjson(result: PortfolioResult): string {
  let out = "";
  for (const book of result.books) {
    const which = { role: book.role, ...(book.sweepValue === undefined ? {} : { sweepValue: book.sweepValue }) };
    for (const row of book.months) out += `${JSON.stringify({ ...which, ...row })}\n`;
  }
  return out;
}
