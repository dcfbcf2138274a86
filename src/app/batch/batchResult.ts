import { Decimal } from "../../engine/decimal.js";
import type { SummaryFields } from "../../engine/simulate/summary.js";
import type { Decision } from "../../engine/simulate/types.js";
import type { InputRecord } from "./readRecords.js";

/** A summary's fields of one offer as plain data: [decision, code, apr, limit, pd, its --by keys]. The one form both strategies hand over. */
export type SummaryRow = readonly [string, string | null, string | null, string | null, string | null, (readonly string[])?];

/** What a batch of records came to: its output lines, how many were invalid, and summary rows when asked for. */
export interface BatchResult {
  readonly out: string;
  readonly count: number;
  readonly invalid: number;
  readonly summaries: readonly SummaryRow[];
  /** Unknown field names of the batch and how many records had each (for the warnings). */
  readonly unknown: readonly (readonly [string, number])[];
  /** A batch's figures for a command that adds them up (portfolio), handed to BatchIo.aggregate in input order. */
  readonly aggregate?: unknown;
}

/** Turns records into their lines, in order; the same function runs in the main thread and in workers. Never throws for a bad record. */
export type BatchEvaluator = (records: readonly InputRecord[]) => BatchResult;

export function summaryRow(o: SummaryFields, keys?: readonly string[]): SummaryRow {
  const row = [o.decision, o.code, o.apr?.toString() ?? null, o.limit?.toString() ?? null, o.pd?.toString() ?? null] as const;
  return keys?.length ? [...row, keys] : row;
}

export function fromSummaryRow([decision, code, apr, limit, pd]: SummaryRow): SummaryFields {
  return { decision: decision as Decision, code, apr: apr === null ? null : new Decimal(apr), limit: limit === null ? null : new Decimal(limit), pd: pd === null ? null : new Decimal(pd) };
}
