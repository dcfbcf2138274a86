import type { InputRecord } from "./inputRecord.js";
import { parseLine } from "./readRecords.js";

/** A record's parsed value, or why it has none (with the id salvaged from text that is not JSON, when there was one). */
export function recordValue(record: InputRecord): { readonly value: unknown } | { readonly error: string; readonly id?: unknown; readonly located?: true } {
  if ("value" in record) return { value: record.value };
  const parsed = "text" in record ? parseLine(record.text, record.line, record.at) : record;
  if ("value" in parsed) return { value: parsed.value };
  if ("parseError" in parsed) return { error: parsed.parseError, id: parsed.id, ...(parsed.located ? { located: true } : {}) };
  throw new Error("parseLine returned text"); // parseLine never does
}
