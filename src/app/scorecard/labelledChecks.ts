import { UsageError } from "../errors.js";
import type { BadRecord, LabelledData } from "./labelledRecords.js";
import { badWords } from "./targetValue.js";

/** A number to `places` decimals, as the reports print it (the same bits every run). */
export const fixed = (x: number, places = 4): number => Number(x.toFixed(places)) || 0;

/**
 * Refuses data that cannot be measured (exit 2, one line): no usable record
 * (naming the first problem), or fewer than `least` goods or bads.
 */
export function requireBothClasses(data: LabelledData, bad: readonly BadRecord[], read: number, name: string, target: string, least: number, what: string, typeOnly?: { profile: string; outcome: string }, badValue?: string, seen?: ReadonlyMap<string, number>): void {
  if (read === 0) throw new UsageError(`input: no record found in ${name}`);
  // 17 and "17" are different ids (JSON keeps the type): say so when that is why nothing joined.
  const types = typeOnly ? `; the ids differ in type only: profile id ${typeOnly.profile} but outcome id ${typeOnly.outcome} (write both as numbers or both as strings)` : "";
  if (data.targets.length === 0 && bad.length === 0) throw new UsageError(`input: no profile of ${name} has an outcome in --outcomes (joined by id)${types}`);
  const first = bad[0];
  if (data.targets.length === 0 && first) {
    const outcomes = / the outcome in (.*) has no field /.exec(first.error)?.[1];
    const hint = first.error.startsWith(`field ${target}: is required`) ? "; name the outcome field with --target, or join outcomes by id with --outcomes FILE" : outcomes ? `; name the outcome field of ${outcomes} with --target` : "";
    throw new UsageError(`input: no usable record in ${name} (line ${first.line}: ${first.error})${hint}`);
  }
  const bads = data.targets.reduce<number>((s, t) => s + t, 0);
  const goods = data.targets.length - bads;
  if (goods < least || bads < least) {
    const w = badWords(target, badValue);
    const only = goods === 0 ? `every record has ${w.bad}` : bads === 0 ? `every record has ${w.good}` : `${goods} record(s) have ${w.good} and ${bads} have ${w.bad}`;
    // One class only, under --bad: the values the field holds are what the user needs to pick from.
    const values = badValue !== undefined && seen && (goods === 0 || bads === 0) && seen.size ? `; ${target} holds ${[...seen].map(([v, n]) => `${v} (${n})`).join(", ")}${seen.size >= 6 ? ", …" : ""}` : "";
    throw new UsageError(`${target}: ${only}; ${what} needs at least ${least} of each (${badValue === undefined ? "0 good, 1 defaulted" : `${JSON.stringify(badValue)} bad, any other value good`})${values}`);
  }
}
