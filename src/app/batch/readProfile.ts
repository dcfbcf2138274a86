import type { Profile, ProfileDeclarations } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { describeUnknownField, unknownFields } from "../../policy/profileFields.js";
import { toProfile } from "../../policy/toProfile.js";
import { applyOverrides, type FieldOverride } from "../overrides.js";
import type { InputRecord } from "./inputRecord.js";
import { recordValue } from "./recordValue.js";

/** A record that could not be used: where it stood, its id as read (before --set: the record to look for in the input; else null), and why. */
export interface RecordError {
  readonly line: number;
  readonly id: string | number | null;
  readonly error: string;
  /** The error (a JSON one) begins with its line and column already. */
  readonly located?: true;
}

/** A record as a profile, with its JSON value as read (before --set) and as changed by --set; or the error that takes its place. */
export type ProfileRead = { readonly profile: Profile; readonly value: unknown; readonly input: unknown } | RecordError;

/** Unknown profile fields: counted by name for one warning each, or (strict) an error record. */
export interface FieldCheck {
  readonly strict: boolean;
  readonly unknown: Map<string, number>;
  /** Names kept: enough for any real typo, bounded for hostile input (a worker keeps more, its parent keeps UNKNOWN_NAMES). */
  readonly maxNames?: number;
}

export const UNKNOWN_NAMES = 100;

/** A record's id as an error line names it: a string or a number, else null. */
export function recordId(value: unknown): string | number | null {
  const id = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? id : null;
}

/** What went wrong, on one line (a stack overflow on deep input is named as such). */
export function recordErrorText(error: unknown): string {
  const message = error instanceof RangeError && /call stack/i.test(error.message) ? "nested too deeply" : error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * A record without an `id` whose id sits under another case (`ID`, `Id`: a CSV's
 * header as a team wrote it) has it read as `id`, as fit and validate read it by
 * default (`--id`), so the offer keeps the id rather than warning of "ID".
 */
function withIdKey(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.hasOwn(value, "id")) return value;
  const keys = Object.keys(value).filter((k) => k.toLowerCase() === "id");
  if (keys.length !== 1) return value;
  const { [keys[0] as string]: id, ...rest } = value as Record<string, unknown>;
  return { ...rest, id };
}

function unknownFieldError(name: string, declared: readonly string[]): string {
  const { shown, near } = describeUnknownField(name, declared);
  return `unknown field ${shown}${near ? ` (did you mean "${near}"?)` : ""}`;
}

/**
 * Parses, overrides (--set) and validates one record: the one reading step
 * of simulate (which scores the profile) and portfolio (which scores it under
 * several policies). Never throws: whatever goes wrong with this record
 * becomes its error, and the batch goes on.
 */
export function readProfile(record: InputRecord, overrides: readonly FieldOverride[], declarations: ProfileDeclarations | undefined, fields?: FieldCheck): ProfileRead {
  let asRead: unknown;
  try {
    const read = recordValue(record);
    if ("error" in read) return { line: record.line, id: recordId({ id: read.id }), error: read.error, ...(read.located ? { located: true } : {}) };
    asRead = withIdKey(read.value);
    const value = applyOverrides(asRead, overrides);
    if (fields) {
      const declared = declaredNames(declarations);
      const unknown = unknownFields(asRead, declared);
      if (fields.strict && unknown.length) return { line: record.line, id: recordId(asRead), error: unknownFieldError(unknown[0] as string, declared) };
      for (const name of unknown) if (fields.unknown.has(name) || fields.unknown.size < (fields.maxNames ?? UNKNOWN_NAMES)) fields.unknown.set(name, (fields.unknown.get(name) ?? 0) + 1);
    }
    return { profile: toProfile(value, declarations), value: asRead, input: value };
  } catch (error) {
    return { line: record.line, id: recordId(asRead), error: recordErrorText(error) };
  }
}
