import type { Profile, ProfileDeclarations } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { unknownFields } from "../../policy/profileFields.js";
import { ProfileError, toProfile } from "../../policy/toProfile.js";
import { UNKNOWN_NAMES } from "../batch/readProfile.js";
import type { InputRecord } from "../batch/readRecords.js";
import { recordValue } from "../batch/recordValue.js";
import { RepeatedIds } from "./repeatedIds.js";

/** The one parsing step of a record (app/batch/recordValue.ts), as fit and validate's readers import it from here. */
export { recordValue };

/** Profiles and their outcomes (0 good, 1 bad), in input order. */
export interface LabelledData {
  readonly profiles: Profile[];
  readonly targets: (0 | 1)[];
}

/** A record left out, where it stood and why. */
export interface BadRecord {
  readonly line: number;
  readonly error: string;
}

/** Outcomes by id (`portfolio --outcomes`): the key is the id as JSON, so 7 and "7" stay apart. */
export type Outcomes = ReadonlyMap<string, unknown>;

/** Where a record's outcome comes from: a field of its own, or an outcomes file joined by id. */
export interface TargetSource {
  readonly field: string;
  readonly outcomes?: { readonly map: Outcomes; readonly name: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A field the record itself holds: `--target constructor` or `__proto__` is not found on every object's prototype. */
const own = (value: Record<string, unknown>, field: string): unknown => (Object.hasOwn(value, field) ? value[field] : undefined);

/** A profile whose id the outcomes file does not hold: not a fault (portfolio writes outcomes only for loans booked). */
const UNMATCHED = Symbol("no outcome for this id");

/** The record's outcome as 0 or 1, UNMATCHED, or why it has none (naming the outcomes file when it came from there). */
function outcomeOf(value: Record<string, unknown>, source: TargetSource, matched?: Set<string>): 0 | 1 | string | typeof UNMATCHED {
  const { field, outcomes } = source;
  if (!outcomes) {
    const outcome = own(value, field);
    if (outcome === undefined || outcome === null) return `field ${field}: is required (the outcome: 0 good, 1 defaulted)`;
    if (outcome !== 0 && outcome !== 1) return `field ${field}: expected 0 or 1, got ${JSON.stringify(outcome)}`;
    return outcome;
  }
  if (value.id === undefined || value.id === null) return `field id: is required to find the outcome in ${outcomes.name}`;
  const key = JSON.stringify(value.id);
  if (!outcomes.map.has(key)) return UNMATCHED;
  matched?.add(key);
  const outcome = outcomes.map.get(key);
  if (outcome === undefined || outcome === null) return `id ${key}: the outcome in ${outcomes.name} has no field ${field}`;
  if (outcome !== 0 && outcome !== 1) return `id ${key}: the outcome in ${outcomes.name}: field ${field}: expected 0 or 1, got ${JSON.stringify(outcome)}`;
  return outcome;
}

/** Accumulates labelled records: valid ones into `data`, the others into `bad`, never dropped unsaid. */
export class LabelledCollector {
  readonly data: LabelledData = { profiles: [], targets: [] };
  readonly bad: BadRecord[] = [];
  /** Field names no profile has, with the records that had them (the outcome field is not one). */
  readonly unknown = new Map<string, number>();
  /** With --outcomes: records that carry the outcome field too, and how many of those disagree. */
  readonly carried = { records: 0, differ: 0 };
  read = 0;
  /** With --outcomes: profiles whose id has no outcome there (applicants not booked), left out and counted. */
  unmatched = 0;
  /** With --outcomes: the ids of the outcomes some profile has (the others are counted in a note). */
  readonly matched = new Set<string>();
  /** With --outcomes: the first profile id without an outcome that the outcomes hold in the other type (17 and "17"). */
  typeOnly?: { readonly profile: string; readonly outcome: string };
  /** With --outcomes: profiles whose id another joined profile has already. */
  readonly repeated = new RepeatedIds();

  /** `outcomeField`: the outcome's name, known even where no outcome is read (a baseline may carry it); `declarations`: the policy's fields. */
  constructor(
    private readonly source: TargetSource | undefined,
    private readonly outcomeField?: string,
    private readonly declarations?: ProfileDeclarations,
  ) {}

  private noteFields(value: Record<string, unknown>, outcome: 0 | 1): void {
    for (const name of unknownFields(value, declaredNames(this.declarations))) {
      if (name !== this.outcomeField && (this.unknown.has(name) || this.unknown.size < UNKNOWN_NAMES)) this.unknown.set(name, (this.unknown.get(name) ?? 0) + 1);
    }
    if (!this.source?.outcomes || !Object.hasOwn(value, this.source.field)) return;
    this.carried.records++;
    if (value[this.source.field] !== outcome) this.carried.differ++;
  }

  private noteTypeOnly(id: unknown): void {
    const other = typeof id === "number" ? JSON.stringify(String(id)) : typeof id === "string" && /^-?\d+(\.\d+)?$/.test(id) ? JSON.stringify(Number(id)) : undefined;
    if (other !== undefined && !this.typeOnly && this.source?.outcomes?.map.has(other)) this.typeOnly = { profile: JSON.stringify(id), outcome: other };
  }

  add(record: InputRecord): void {
    this.read++;
    const parsed = recordValue(record);
    if ("error" in parsed) return void this.bad.push({ line: record.line, error: parsed.error });
    const value = parsed.value;
    if (!isObject(value)) return void this.bad.push({ line: record.line, error: "expected a JSON object (a profile)" });
    const outcome = this.source ? outcomeOf(value, this.source, this.matched) : 0;
    if (outcome === UNMATCHED) return void (this.unmatched++, this.noteTypeOnly(value.id));
    if (typeof outcome === "string") return void this.bad.push({ line: record.line, error: outcome });
    if (this.source?.outcomes) this.repeated.add(JSON.stringify(value.id), record.line);
    this.noteFields(value, outcome);
    try {
      this.data.profiles.push(toProfile(value, this.declarations));
      this.data.targets.push(outcome);
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      this.bad.push({ line: record.line, error: error.message });
    }
  }
}

/** An outcomes file read: outcomes by id, the lines left out, and how many had a null id (portfolio writes one for a profile without an id). */
export interface OutcomesRead {
  readonly map: Map<string, unknown>;
  readonly bad: BadRecord[];
  readonly nullIds: number;
}

/** Reads an outcomes file's records (`{"id", "<field>": 0|1}` per line) into a map by id; a bad line is left out and named, as in the profiles; an id given twice is an error message. */
export function outcomesFrom(records: readonly InputRecord[], field: string): OutcomesRead | { error: string } {
  const map = new Map<string, unknown>();
  const bad: BadRecord[] = [];
  let nullIds = 0;
  for (const record of records) {
    const parsed = recordValue(record);
    if ("error" in parsed) {
      bad.push({ line: record.line, error: parsed.error });
      continue;
    }
    const value = parsed.value;
    // A null id cannot be joined, as a profile without one: counted, not a fault of the line.
    if (isObject(value) && value.id === null) nullIds++;
    else if (!isObject(value) || value.id === undefined) bad.push({ line: record.line, error: `expected an object with "id" and "${field}"` });
    else {
      const key = JSON.stringify(value.id);
      if (map.has(key)) return { error: `line ${record.line}: id ${key} appears twice` };
      map.set(key, own(value, field));
    }
  }
  return { map, bad, nullIds };
}
