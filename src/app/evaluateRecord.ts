import type { IsoDate } from "../engine/dates.js";
import { simulate } from "../engine/simulate/simulate.js";
import type { Offer, Policy } from "../engine/simulate/types.js";
import { keptFields } from "./keepFields.js";
import type { FieldOverride } from "./overrides.js";
import type { InputRecord } from "./batch/inputRecord.js";
import { readProfile, recordErrorText, recordId, type FieldCheck, type RecordError } from "./batch/readProfile.js";

/** What one input record came to: an offer, or the error that takes its place. */
export type Outcome = { readonly offer: Offer; readonly input?: unknown; readonly kept?: Readonly<Record<string, unknown>> } | RecordError;

/**
 * Reads and scores one record. Never throws: whatever goes wrong with this
 * record — bad input, an engine error, a bug — becomes its error line, and
 * the batch goes on.
 */
export function evaluateRecord(record: InputRecord, policy: Policy, overrides: readonly FieldOverride[], start: IsoDate, fields?: FieldCheck, keep: readonly string[] = []): Outcome {
  const read = readProfile(record, overrides, policy, fields);
  if (!("profile" in read)) return read;
  try {
    const offer = simulate(read.profile, policy, start);
    return keep.length ? { offer, input: read.input, kept: keptFields(read.input, keep) } : { offer, input: read.input };
  } catch (error) {
    return { line: record.line, id: recordId(read.value), error: recordErrorText(error) };
  }
}
