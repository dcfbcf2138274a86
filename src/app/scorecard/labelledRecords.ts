import type { Profile, ProfileDeclarations } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { unknownFields } from "../../policy/profileFields.js";
import { ProfileError, toProfile } from "../../policy/toProfile.js";
import { UNKNOWN_NAMES } from "../batch/readProfile.js";
import type { InputRecord } from "../batch/readRecords.js";
import { recordValue } from "../batch/recordValue.js";
import { RepeatedIds } from "./repeatedIds.js";
import { withId } from "./idColumn.js";
import { outcomeOfValue } from "./targetValue.js";

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
  /** `--bad VALUE`: the value (as text) that means bad; absent: 0/1. */
  readonly bad?: string;
  readonly outcomes?: { readonly map: Outcomes; readonly name: string };
}

/** A JSON object (not an array, not null): what a record must be. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A field the record itself holds: `--target constructor` or `__proto__` is not found on every object's prototype. */
export const own = (value: Record<string, unknown>, field: string): unknown => (Object.hasOwn(value, field) ? value[field] : undefined);

/** A profile whose id the outcomes file does not hold: not a fault (portfolio writes outcomes only for loans booked). */
const UNMATCHED = Symbol("no outcome for this id");

/** The record's outcome as 0 or 1, UNMATCHED, or why it has none (naming the outcomes file when it came from there). */
function outcomeOf(value: Record<string, unknown>, source: TargetSource, matched?: Set<string>): 0 | 1 | string | typeof UNMATCHED {
  const { field, outcomes, bad } = source;
  if (!outcomes) return outcomeOfValue(own(value, field), field, bad);
  if (value.id === undefined || value.id === null) return `field id: is required to find the outcome in ${outcomes.name}`;
  const key = JSON.stringify(value.id);
  if (!outcomes.map.has(key)) return UNMATCHED;
  matched?.add(key);
  const outcome = outcomes.map.get(key);
  if (outcome === undefined || outcome === null) return `id ${key}: the outcome in ${outcomes.name} has no field ${field}`;
  const read = outcomeOfValue(outcome, field, bad);
  return typeof read === "string" ? `id ${key}: the outcome in ${outcomes.name}: ${read}` : read;
}

/**
 * How records become profiles: `idColumn` (--id) is read as the id; checked
 * against `declarations` (a policy's fields and required list); on own data
 * `typed` puts each fitted field in its type first, and `known` columns are
 * not unknown.
 */
export interface CollectorOptions {
  readonly idColumn?: string;
  readonly declarations?: ProfileDeclarations;
  readonly typed?: (value: Record<string, unknown>) => Record<string, unknown>;
  readonly known?: ReadonlySet<string>;
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
    private readonly options: CollectorOptions = {},
  ) {}

  private noteFields(value: Record<string, unknown>, outcome: 0 | 1): void {
    for (const name of unknownFields(value, declaredNames(this.options.declarations))) {
      if (name !== this.outcomeField && !this.options.known?.has(name) && (this.unknown.has(name) || this.unknown.size < UNKNOWN_NAMES)) this.unknown.set(name, (this.unknown.get(name) ?? 0) + 1);
    }
    if (!this.source?.outcomes || !Object.hasOwn(value, this.source.field)) return;
    this.carried.records++;
    if (value[this.source.field] !== outcome) this.carried.differ++;
  }

  private noteTypeOnly(id: unknown): void {
    const other = typeof id === "number" ? JSON.stringify(String(id)) : typeof id === "string" && /^-?\d+(\.\d+)?$/.test(id) ? JSON.stringify(Number(id)) : undefined;
    if (other !== undefined && !this.typeOnly && this.source?.outcomes?.map.has(other)) this.typeOnly = { profile: JSON.stringify(id), outcome: other };
  }

  /** The outcome field's values as written, a few of them with their counts: what a refusal names when --bad matches none. */
  readonly targetValues = new Map<string, number>();

  private noteTargetValue(raw: unknown): void {
    if (raw === undefined || raw === null) return;
    const shown = JSON.stringify(raw);
    if (this.targetValues.has(shown) || this.targetValues.size < 6) this.targetValues.set(shown, (this.targetValues.get(shown) ?? 0) + 1);
  }

  add(record: InputRecord): void {
    this.read++;
    const parsed = recordValue(record);
    if ("error" in parsed) return void this.bad.push({ line: record.line, error: parsed.error });
    if (!isObject(parsed.value)) return void this.bad.push({ line: record.line, error: "expected a JSON object (a profile)" });
    const value = withId(parsed.value, this.options.idColumn);
    const outcome = this.source ? outcomeOf(value, this.source, this.matched) : 0;
    if (this.source && !this.source.outcomes) this.noteTargetValue(own(value, this.source.field));
    if (outcome === UNMATCHED) return void (this.unmatched++, this.noteTypeOnly(value.id));
    if (typeof outcome === "string") return void this.bad.push({ line: record.line, error: outcome });
    if (this.source?.outcomes) this.repeated.add(JSON.stringify(value.id), record.line);
    this.noteFields(value, outcome);
    try {
      this.data.profiles.push(toProfile(this.options.typed?.(value) ?? value, this.options.declarations));
      this.data.targets.push(outcome);
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      this.bad.push({ line: record.line, error: error.message });
    }
  }
}
