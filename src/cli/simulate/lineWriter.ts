import type { CliIo } from "../io.js";
import type { Outcome } from "./evaluate.js";
import type { InputRecord } from "./readRecords.js";

/** Batches output into large writes: one write per few hundred offers, not per line. */
const FLUSH_AT = 1 << 16;

/**
 * NDJSON output in whole lines. The first outcome is held back: if it stays
 * alone it gets the readable view instead of a line.
 */
export class LineWriter {
  private out = "";
  pending: Outcome | undefined;

  constructor(
    private readonly io: CliIo,
    private readonly line: (o: Outcome) => string,
  ) {}

  add(outcome: Outcome, holdFirst: boolean): void {
    if (holdFirst) {
      this.pending = outcome;
      return;
    }
    this.release();
    this.out += this.line(outcome);
  }

  /** Turns a held first outcome into a line: more than one record has come. */
  release(): void {
    if (this.pending) (this.out += this.line(this.pending)), (this.pending = undefined);
  }

  async flush(force = false): Promise<void> {
    if (this.out && (force || this.out.length >= FLUSH_AT)) {
      const text = this.out;
      this.out = "";
      await this.io.writeOut(text);
    }
  }
}

/** The next batch of records, or the read error that ended the input. */
export async function nextBatch(batches: AsyncGenerator<InputRecord[]>): Promise<IteratorResult<InputRecord[]> | { readError: Error }> {
  try {
    return await batches.next();
  } catch (error) {
    return { readError: error instanceof Error ? error : new Error(String(error)) };
  }
}

