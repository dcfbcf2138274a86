import type { Quote } from "../engine/quote.js";
import { csvDocument } from "./csv.js";
import { money } from "./format.js";

const HEADER = ["period", "dueDate", "payment", "principal", "interest", "balance"] as const;

/** The schedule as CSV: the contract's header, one record per period. */
export function renderQuoteCsv(q: Quote): string {
  return csvDocument(
    HEADER,
    q.schedule.map((r) => [r.period, r.dueDate, money(r.payment), money(r.principal), money(r.interest), money(r.balance)]),
  );
}
