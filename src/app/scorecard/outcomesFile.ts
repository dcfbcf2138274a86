import { isObject, own, recordValue, type BadRecord } from "./labelledRecords.js";
import type { InputRecord } from "../batch/readRecords.js";

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
