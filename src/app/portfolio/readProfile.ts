import type { Profile, ProfileDeclarations } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { unknownFields } from "../../policy/profileFields.js";
import { toProfile } from "../../policy/toProfile.js";
import { parseLine, type InputRecord } from "../batch/readRecords.js";
import { UNKNOWN_NAMES, type FieldCheck } from "../evaluateRecord.js";
import { applyOverrides, type FieldOverride } from "../overrides.js";

/** A record as a profile with its JSON value as read (before --set: the key of its draws), or the error that takes its place. */
export type ReadProfile = { readonly profile: Profile; readonly value: unknown } | { readonly line: number; readonly id: unknown; readonly error: string };

function idOf(value: unknown): unknown {
  const id = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? id : null;
}

/**
 * Parses, overrides (--set) and validates one record as simulate does
 * (evaluateRecord), without scoring it: portfolio scores each profile under
 * several policies. Never throws.
 */
export function readProfile(record: InputRecord, overrides: readonly FieldOverride[], fields: FieldCheck, declarations?: ProfileDeclarations): ReadProfile {
  let value: unknown;
  try {
    if ("text" in record) return readProfile(parseLine(record.text, record.line, record.at), overrides, fields, declarations);
    if ("parseError" in record) return { line: record.line, id: record.id ?? null, error: record.parseError };
    value = record.value;
    const changed = applyOverrides(record.value, overrides);
    const unknown = unknownFields(record.value, declaredNames(declarations));
    for (const name of unknown) if (fields.unknown.has(name) || fields.unknown.size < (fields.maxNames ?? UNKNOWN_NAMES)) fields.unknown.set(name, (fields.unknown.get(name) ?? 0) + 1);
    return { profile: toProfile(changed, declarations), value: record.value };
  } catch (error) {
    const message = error instanceof RangeError && /call stack/i.test(error.message) ? "nested too deeply" : error instanceof Error ? error.message : String(error);
    return { line: record.line, id: idOf(value), error: message.replace(/\s*\n\s*/g, " ").trim() };
  }
}
