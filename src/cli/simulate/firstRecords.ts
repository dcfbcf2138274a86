import type { InputRecord } from "../../app/batch/inputRecord.js";

/** Reads until two records are in hand, the input ends, or reading fails: one record alone gets the readable view. */
export async function firstTwo(batches: AsyncGenerator<InputRecord[]>): Promise<{ first: InputRecord[]; done: boolean; readError?: Error }> {
  const first: InputRecord[] = [];
  while (first.length < 2) {
    let step: IteratorResult<InputRecord[]>;
    try {
      step = await batches.next();
    } catch (error) {
      return { first, done: false, readError: error instanceof Error ? error : new Error(String(error)) };
    }
    if (step.done) return { first, done: true };
    for (const record of step.value) first.push(record);
  }
  return { first, done: false };
}

/** The records read ahead, then the read error that stopped them, then the rest. */
export async function* resume(first: InputRecord[], readError: Error | undefined, batches: AsyncGenerator<InputRecord[]>): AsyncGenerator<InputRecord[]> {
  if (first.length) yield first;
  if (readError) throw readError;
  yield* batches;
}

