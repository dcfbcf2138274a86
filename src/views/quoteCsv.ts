import { csvDocument } from "./csv.js";
import { money } from "./format.js";
import type { QuoteReport } from "../app/quoteReport.js";
import { hasRowFees } from "./rowFees.js";

const HEADER = ["period", "dueDate", "payment", "principal", "interest", "balance"];

/**
 * The schedule as CSV: the contract's header, one record per period. When rows
 * carry fees a `fee` column is appended last, so the contract's columns keep
 * their places.
 */
export function renderQuoteCsv({ quote: q }: QuoteReport): string {
  const withFee = hasRowFees(q);
  return csvDocument(
    withFee ? [...HEADER, "fee"] : HEADER,
    q.schedule.map((r) => {
      const cells = [r.period, r.dueDate, money(r.payment), money(r.principal), money(r.interest), money(r.balance)];
      return withFee ? [...cells, money(r.fee)] : cells;
    }),
  );
}
