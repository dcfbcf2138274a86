import { Worker } from "node:worker_threads";
import type { BatchResult } from "./batchResult.js";
import type { InputRecord } from "./readRecords.js";

/**
 * Records per task: large enough to amortize messaging, small enough to
 * balance, and short-lived: a task of 1,000 outlived the worker's scavenges,
 * so its records and text were promoted and the old generation grew (peak RSS
 * of simulate --jobs 2 on 1M lines: 337 MiB at 1,000, 257 MiB at 250 with YOUNG_MB).
 */
const TASK_SIZE = 250;

/**
 * A worker's young generation, in MiB: V8 grows it to 48 MiB per isolate
 * under a batch's allocation rate, which memory then keeps. A smaller one
 * only scavenges more often (a few % of time); it is no heap limit, so no
 * record can make a worker run out of memory by it.
 */
const YOUNG_MB = 12;

/** A worker with a first-in-first-out queue of the answers it owes. */
class Lane {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: BatchResult) => void; reject: (e: Error) => void }[] = [];

  constructor(url: URL, workerData: unknown) {
    this.worker = new Worker(url, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    this.worker.on("message", (result: BatchResult) => this.waiting.shift()?.resolve(result));
    this.worker.on("error", (error) => this.waiting.splice(0).forEach((w) => w.reject(error)));
  }

  run(records: readonly InputRecord[]): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage({ records });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

/** A batch of records sent to a worker: what a worker entry receives. */
export interface WorkerTask {
  readonly records: readonly InputRecord[];
}

/**
 * The workers strategy: tasks go round-robin to N worker threads, answers are
 * settled strictly in input order (so the bytes equal one thread's), and at
 * most 2·N tasks are in flight, so memory stays flat.
 */
export class WorkerPool {
  private readonly lanes: Lane[];
  private readonly inFlight: Promise<BatchResult>[] = [];
  private buffer: InputRecord[] = [];
  private turn = 0;

  constructor(
    url: URL,
    workerData: unknown,
    private readonly jobs: number,
    private readonly settle: (result: BatchResult) => Promise<void>,
  ) {
    this.lanes = Array.from({ length: jobs }, () => new Lane(url, workerData));
  }

  /** Queues records; they gather into tasks of TASK_SIZE whatever size the input's chunks come in. */
  async send(records: readonly InputRecord[], last = false): Promise<void> {
    for (const record of records) this.buffer.push(record);
    while (this.buffer.length >= TASK_SIZE || (last && this.buffer.length > 0)) {
      this.inFlight.push((this.lanes[this.turn++ % this.jobs] as Lane).run(this.buffer.slice(0, TASK_SIZE)));
      this.buffer = this.buffer.slice(TASK_SIZE);
      await this.drain(2 * this.jobs);
    }
  }

  /** Sends what is queued and settles every answer. */
  async finish(): Promise<void> {
    await this.send([], true);
    await this.drain(0);
  }

  close(): Promise<unknown> {
    return Promise.all(this.lanes.map((lane) => lane.stop()));
  }

  private async drain(keep: number): Promise<void> {
    while (this.inFlight.length > keep) await this.settle(await (this.inFlight.shift() as Promise<BatchResult>));
  }
}
