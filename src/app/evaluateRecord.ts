import type { IsoDate } from "../engine/dates.js";
import { simulate } from "../engine/simulate/simulate.js";
import type { Offer, Policy } from "../engine/simulate/types.js";
import { describeUnknownField, unknownFields } from "../policy/profileFields.js";
import { declaredNames } from "../policy/declaredNames.js";
import { toProfile } from "../policy/toProfile.js";
import { keptFields } from "./keepFields.js";
import { applyOverrides, type FieldOverride } from "./overrides.js";
import { parseLine, type InputRecord } from "./batch/readRecords.js";

/** What one input record came to: an offer, or the error that takes its place. */
export type Outcome = { readonly offer: Offer; readonly input?: unknown; readonly kept?: Readonly<Record<string, unknown>> } | { readonly line: number; readonly id: unknown; readonly error: string; readonly located?: true };

/** Unknown profile fields: counted by name for one warning each, or (strict) an error record. */
export interface FieldCheck {
  readonly strict: boolean;
  readonly unknown: Map<string, number>;
  /** Names kept: enough for any real typo, bounded for hostile input (a worker keeps more, its parent keeps UNKNOWN_NAMES). */
  readonly maxNames?: number;
}

export const UNKNOWN_NAMES = 100;

function unknownFieldError(name: string, declared: readonly string[]): string {
  const { shown, near } = describeUnknownField(name, declared);
  return `unknown field ${shown}${near ? ` (did you mean "${near}"?)` : ""}`;
}

function idOf(value: unknown): unknown {
  const id = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}

/**
 * Parses, overrides, validates and scores one record. Never throws: whatever
 * goes wrong with this record — bad input, an engine error, a bug — becomes
 * its error line, and the batch goes on.
 */
export function evaluateRecord(record: InputRecord, policy: Policy, overrides: readonly FieldOverride[], start: IsoDate, fields?: FieldCheck, keep: readonly string[] = []): Outcome {
  let value: unknown;
  try {
    if ("text" in record) return evaluateRecord(parseLine(record.text, record.line, record.at), policy, overrides, start, fields, keep);
    if ("parseError" in record) return { line: record.line, id: record.id, error: record.parseError, ...(record.located ? { located: true } : {}) };
    value = record.value; // the id of a record an override fails on
    value = applyOverrides(record.value, overrides);
    if (fields) {
      const declared = declaredNames(policy);
      const unknown = unknownFields(record.value, declared);
      if (fields.strict && unknown.length) return { line: record.line, id: idOf(value), error: unknownFieldError(unknown[0] as string, declared) };
      for (const name of unknown) if (fields.unknown.has(name) || fields.unknown.size < (fields.maxNames ?? UNKNOWN_NAMES)) fields.unknown.set(name, (fields.unknown.get(name) ?? 0) + 1);
    }
    const offer = simulate(toProfile(value, policy), policy, start);
    return keep.length ? { offer, input: value, kept: keptFields(value, keep) } : { offer, input: value };
  } catch (error) {
    const message = error instanceof RangeError && /call stack/i.test(error.message) ? "nested too deeply" : error instanceof Error ? error.message : String(error);
    return { line: record.line, id: idOf(value), error: message.replace(/\s*\n\s*/g, " ").trim() };
  }
}
