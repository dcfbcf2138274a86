import { Worker } from "node:worker_threads";
import { Decimal } from "../../engine/decimal.js";
import type { Decision } from "../../engine/simulate/types.js";
import type { SummaryBuilder } from "../../engine/simulate/summary.js";
import type { CliIo } from "../io.js";
import { Interrupted } from "../ioError.js";
import { readFailure } from "./readFailure.js";
import { UNKNOWN_NAMES } from "./evaluate.js";
import type { Progress } from "./progress.js";
import type { InputRecord } from "./readRecords.js";
import type { WorkerResult, WorkerSetup } from "./workerProtocol.js";

/** Records per task: large enough to amortize messaging, small enough to balance. */
const TASK_SIZE = 1000;

// tsc emits simulateWorker.js beside this file; the bundle emits simulateWorker.mjs beside its chunks.
const WORKER_URL = new URL(import.meta.url.endsWith(".mjs") ? "./simulateWorker.mjs" : "./simulateWorker.js", import.meta.url);

/** A worker with a first-in-first-out queue of the answers it owes. */
class Lane {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }[] = [];

  constructor(setup: WorkerSetup) {
    this.worker = new Worker(WORKER_URL, { workerData: setup });
    this.worker.on("message", (result: WorkerResult) => this.waiting.shift()?.resolve(result));
    this.worker.on("error", (error) => this.waiting.splice(0).forEach((w) => w.reject(error)));
  }

  run(records: readonly InputRecord[]): Promise<WorkerResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage({ records });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

export interface ParallelTotals {
  readonly count: number;
  readonly invalid: number;
}

/**
 * `simulate --jobs N`: batches go round-robin to N worker threads, answers are
 * written strictly in input order (so the bytes equal one worker's), and at
 * most 2·N batches are in flight, so memory stays flat.
 */
export async function runParallel(
  io: CliIo,
  jobs: number,
  setup: WorkerSetup,
  first: readonly InputRecord[],
  batches: AsyncGenerator<InputRecord[]>,
  summary: SummaryBuilder,
  progress: Progress,
  source: string,
  unknown: Map<string, number>,
): Promise<ParallelTotals> {
  const lanes = Array.from({ length: jobs }, () => new Lane(setup));
  const inFlight: Promise<WorkerResult>[] = [];
  let turn = 0;
  let count = 0;
  let invalid = 0;

  const settle = async (result: WorkerResult) => {
    count += result.count;
    invalid += result.invalid;
    for (const [decision, code, apr, limit, pd] of result.summaries) {
      summary.add({ decision: decision as Decision, code, apr: apr === null ? null : new Decimal(apr), limit: limit === null ? null : new Decimal(limit), pd: pd === null ? null : new Decimal(pd) });
    }
    for (let i = 0; i < result.invalid; i++) summary.addInvalid();
    for (const [name, n] of result.unknown) if (unknown.has(name) || unknown.size < UNKNOWN_NAMES) unknown.set(name, (unknown.get(name) ?? 0) + n);
    if (result.out) await io.writeOut(result.out);
    progress.update(count);
  };
  const drain = async (keep: number) => {
    while (inFlight.length > keep) await settle(await (inFlight.shift() as Promise<WorkerResult>));
  };
  // Records gather into tasks of TASK_SIZE whatever size the input's chunks come in.
  let buffer: InputRecord[] = [];
  const send = async (records: readonly InputRecord[], last = false) => {
    for (const record of records) buffer.push(record);
    while (buffer.length >= TASK_SIZE || (last && buffer.length > 0)) {
      inFlight.push((lanes[turn++ % jobs] as Lane).run(buffer.slice(0, TASK_SIZE)));
      buffer = buffer.slice(TASK_SIZE);
      await drain(2 * jobs);
    }
  };

  try {
    await send(first);
    for (;;) {
      let step: IteratorResult<InputRecord[]>;
      try {
        step = await batches.next();
      } catch (error) {
        await send([], true);
        await drain(0);
        throw readFailure(error as Error, source, count);
      }
      if (step.done) break;
      await send(step.value);
      if (io.interrupted()) {
        await send([], true);
        await drain(0);
        throw new Interrupted(`interrupted after ${count} record(s); every line written is whole`);
      }
    }
    await send([], true);
    await drain(0);
    return { count, invalid };
  } finally {
    await Promise.all(lanes.map((lane) => lane.stop()));
  }
}
