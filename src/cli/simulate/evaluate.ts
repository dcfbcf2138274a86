import type { IsoDate } from "../../engine/dates.js";
import { simulate } from "../../engine/simulate/simulate.js";
import type { Offer, Policy } from "../../engine/simulate/types.js";
import { ProfileError, toProfile } from "../../policy/toProfile.js";
import { applyOverrides, type FieldOverride } from "./applySets.js";
import { parseLine, type InputRecord } from "./readRecords.js";

/** What one input record came to: an offer, or the error that takes its place. */
export type Outcome = { readonly offer: Offer } | { readonly line: number; readonly id: unknown; readonly error: string };

function idOf(value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
}

/** Parses, overrides, validates and scores one record; never throws for bad input. */
export function evaluateRecord(record: InputRecord, policy: Policy, overrides: readonly FieldOverride[], start: IsoDate): Outcome {
  if ("text" in record) return evaluateRecord(parseLine(record.text, record.line), policy, overrides, start);
  if ("parseError" in record) return { line: record.line, id: record.id, error: record.parseError };
  const value = applyOverrides(record.value, overrides);
  try {
    return { offer: simulate(toProfile(value), policy, start) };
  } catch (error) {
    if (error instanceof ProfileError) return { line: record.line, id: idOf(value), error: error.message };
    throw error;
  }
}
