import { openAtomic, type AtomicFile, type WriteFs } from "../atomicWrite.js";

/**
 * --outcomes FILE being written: lines go to a temporary beside it, renamed
 * into place only when the run succeeds and its result is written (flush
 * before the result, so a fault shows first; commit after; discard on failure).
 */
export type OutcomesFile = AtomicFile;

/** Opens --outcomes FILE; an error (now or while writing) is the option's I/O fault, naming FILE and the cause. */
export function openOutcomes(file: string, fs?: WriteFs): Promise<OutcomesFile> {
  return openAtomic(file, "--outcomes", fs);
}
