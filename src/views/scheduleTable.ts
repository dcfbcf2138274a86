import type { ChalkInstance } from "chalk";
import { compactTable } from "./compactTable.js";
import type { ScheduleRow } from "../engine/schedule.js";
import { groupedMoney } from "./format.js";
import type { QuoteLabels } from "./quoteLabels.js";

/** A schedule as a bordered table; a fee column appears only when asked for. */
export function scheduleTable(rows: readonly ScheduleRow[], labels: QuoteLabels, withFee: boolean, c: ChalkInstance, ascii = false): string {
  const [period, due, payment, principal, interest, balance] = labels.headers;
  const head = withFee ? [period, due, payment, principal, interest, labels.fee, balance] : [...labels.headers];
  const table = compactTable(
    head.map((h) => c.bold(h)),
    ["right", "left", ...head.slice(2).map(() => "right" as const)],
    ascii,
  );
  for (const r of rows) {
    const money = [r.payment, r.principal, r.interest, ...(withFee ? [r.fee] : []), r.balance].map(groupedMoney);
    table.push([String(r.period), r.dueDate, ...money]);
  }
  return table.toString();
}
