import type { SummaryBuilder } from "../../engine/simulate/summary.js";
import { Interrupted } from "../errors.js";
import { UNKNOWN_NAMES } from "./readProfile.js";
import { fromSummaryRow, type BatchEvaluator, type BatchResult } from "./batchResult.js";
import { interruptedAfter, readFailure } from "./readFailure.js";
import type { InputRecord } from "./readRecords.js";
import { WorkerPool } from "./workerPool.js";

/** Batches output into large writes: one write per few hundred offers, not per line. */
const FLUSH_AT = 1 << 16;

/** What a batch runs against: records in, text out, and whether the user asked to stop. No streams, no process. */
export interface BatchIo {
  readonly records: AsyncIterable<InputRecord[]>;
  /** Writes output and resolves once more may be written (backpressure). */
  write(text: string): Promise<void>;
  /** True once the user has asked to stop: the batch then ends after whole lines. */
  interrupted(): boolean;
  readonly progress?: { update(records: number): void };
  /** Where the records come from, as messages name it: a file name, or stdin. */
  readonly source: string;
  /** Gathers the summary rows of the batch, when one is wanted. */
  readonly summary?: SummaryBuilder;
  /** Takes each batch's aggregate (BatchResult.aggregate), in input order. */
  readonly aggregate?: (value: unknown) => void;
}

/** In this thread with `evaluate`, or in `jobs` worker threads started from `worker` with `workerData`. */
export type BatchStrategy =
  | { readonly kind: "sequential"; readonly evaluate: BatchEvaluator }
  | { readonly kind: "workers"; readonly jobs: number; readonly worker: URL; readonly workerData: unknown };

export interface BatchTotals {
  readonly count: number;
  readonly invalid: number;
  /** Unknown field names (the first UNKNOWN_NAMES, in input order) and how many records had each. */
  readonly unknown: ReadonlyMap<string, number>;
}

/**
 * Runs records through an evaluator and writes their lines in input order,
 * whichever strategy runs them, so every --jobs gives the same bytes. A read
 * error or an interrupt ends the batch after whole lines, and is thrown then.
 */
export async function runRecords(io: BatchIo, strategy: BatchStrategy): Promise<BatchTotals> {
  let count = 0;
  let invalid = 0;
  let out = "";
  const unknown = new Map<string, number>();
  const flush = async (force: boolean) => {
    if (out && (force || out.length >= FLUSH_AT)) {
      const text = out;
      out = "";
      await io.write(text);
    }
  };
  const settle = async (result: BatchResult) => {
    count += result.count;
    invalid += result.invalid;
    if (io.summary) {
      for (const row of result.summaries) io.summary.add(fromSummaryRow(row), row[5]);
      for (let i = 0; i < result.invalid; i++) io.summary.addInvalid();
    }
    if (result.aggregate !== undefined) io.aggregate?.(result.aggregate);
    for (const [name, n] of result.unknown) if (unknown.has(name) || unknown.size < UNKNOWN_NAMES) unknown.set(name, (unknown.get(name) ?? 0) + n);
    out += result.out;
    await flush(false);
    io.progress?.update(count);
  };
  const pool =
    strategy.kind === "workers"
      ? new WorkerPool(strategy.worker, strategy.workerData, strategy.jobs, settle)
      : { send: (records: readonly InputRecord[]) => settle(strategy.evaluate(records)), finish: async () => {}, close: async () => {} };
  // Keep every record already read, whole; then the count is final for the message of what ended the batch.
  const finish = async () => {
    await pool.finish();
    await flush(true);
  };
  const records = io.records[Symbol.asyncIterator]();
  try {
    for (;;) {
      let step: IteratorResult<InputRecord[]>;
      try {
        step = await records.next();
      } catch (error) {
        await finish();
        throw readFailure(error instanceof Error ? error : new Error(String(error)), io.source, count);
      }
      if (step.done) break;
      await pool.send(step.value);
      if (io.interrupted()) {
        await finish();
        throw interruptedAfter(count);
      }
    }
    await finish();
    return { count, invalid, unknown };
  } finally {
    await pool.close();
  }
}
