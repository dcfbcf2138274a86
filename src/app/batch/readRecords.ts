import { NOT_UTF8 } from "../../json/encoding.js";
import { isJsonSyntax, parseJson } from "../../json/parseJson.js";
import { endsEarly } from "../../json/syntaxErrorAt.js";

export type { InputRecord };
import type { InputSource } from "./inputSource.js";
import { arrayElements } from "./arrayElements.js";
import { NO_DECLARED_FIELDS, withBuiltIns, type FieldTypes } from "./csvFieldTypes.js";
import type { InputFormat } from "./inputFormat.js";
import type { InputRecord } from "./inputRecord.js";
import { NOT_UTF8_MESSAGE } from "./notUtf8Lines.js";
import { lineBatches, TOO_LONG, type Line } from "./lineSplitter.js";
import { MAX_RECORD_CHARS, TOO_LONG_MESSAGE } from "./recordLimit.js";
import { prependChunks } from "./prependChunks.js";
import { textChunks } from "./textChunks.js";

/** How the input was written: decides between one readable answer and an NDJSON stream. */
export type InputShape = "ndjson" | "array" | "document" | "csv";

/** How to read: the format (auto: by the first character, see inputFormat.ts for names), and the types of CSV columns beyond the built-in fields. */
export interface ReadOptions {
  readonly format?: InputFormat;
  readonly fieldTypes?: FieldTypes;
}

const SEVERAL = "(for several profiles, write one per line (NDJSON) or a JSON array)";

/** Parses one record's text; a broken one keeps its id (when it can be salvaged) for its error record. */
export function parseLine(text: string, line: number, at = line): InputRecord {
  if (text.includes(NOT_UTF8)) return { line, parseError: NOT_UTF8_MESSAGE };
  const parsed = parseJson(text, at);
  if (parsed.ok) return { line, value: parsed.value };
  const message = /more than one JSON value$/.test(parsed.message) ? `${parsed.message} ${SEVERAL}` : parsed.message;
  const id = /"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,20}(?:\.\d{1,20})?)/.exec(text.slice(0, 10_000))?.[1];
  const salvaged = id === undefined ? undefined : parseJson(id);
  return { line, parseError: `invalid JSON: ${message}`, ...(parsed.located ? { located: true } : {}), ...(salvaged?.ok ? { id: salvaged.value } : {}) };
}

/** The non-blank lines as records, unparsed (parsing is the evaluator's job, so workers can share it). */
function textRecords(lines: readonly Line[], firstLine: number): InputRecord[] {
  const out: InputRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as Line;
    if (text === TOO_LONG) out.push({ line: firstLine + i, parseError: TOO_LONG_MESSAGE });
    else if (text.trim() !== "") out.push({ line: firstLine + i, text: text.endsWith("\r") ? text.slice(0, -1) : text });
  }
  return out;
}

/** Shape is decided by syntax: a line holding a number JSON cannot keep still is a whole value. */
const parses = (line: Line | undefined) => typeof line === "string" && isJsonSyntax(line);

/**
 * Whether the first non-blank line (read on into `seen` until its end, at most PEEK_CHARS) is a
 * JSON value alone — `null`, `42`, `"text"`: NDJSON of values that are no profiles, each its own
 * error record, rather than a CSV header. No CSV header of two or more names parses as JSON.
 */
async function firstLineIsJson(seen: string[], text: AsyncIterator<string>): Promise<boolean> {
  for (let length = seen.reduce((n, c) => n + c.length, 0); ; ) {
    const all = seen.join("");
    const start = all.search(/\S/);
    const end = all.indexOf("\n", start);
    if (end !== -1) return parses(all.slice(start, end).replace(/\r$/, ""));
    const step = length < PEEK_CHARS ? await text.next() : { done: true as const, value: undefined };
    if (step.done) return parses(all.slice(start).replace(/\r$/, ""));
    seen.push(step.value);
    length += step.value.length;
  }
}

/** How far to look for the end of a first line that opens with "[": a longer one is taken as an array. */
const PEEK_CHARS = 1 << 20;

/** Reads on (into `seen`) until the first line and a non-blank line after it are in hand; says whether the first line parses alone. */
async function ndjsonAfterAll(seen: string[], text: AsyncIterator<string>): Promise<boolean> {
  for (let length = seen.reduce((n, c) => n + c.length, 0); length < PEEK_CHARS; ) {
    const all = seen.join("");
    const start = all.search(/\S/);
    const end = all.indexOf("\n", start);
    if (end !== -1 && /\S/.test(all.slice(end))) return parses(all.slice(start, end).replace(/\r$/, ""));
    const step = await text.next();
    if (step.done) return false;
    seen.push(step.value);
    length += step.value.length;
  }
  return false;
}

/**
 * Reads profiles however they were written — NDJSON (one per line, blank lines
 * skipped), a JSON array, one JSON document over several lines, or CSV with a
 * header row — detected from the text (CSV unless the first character is "{"
 * or "[" or the first line is a JSON value alone; `options.format` may say), not flagged; `onShape` hears which before the first batch.
 * NDJSON, arrays and CSV are streamed, so memory stays flat; only a document
 * spread over lines is read whole (up to MAX_RECORD_CHARS). A read error surfaces from next().
 */
export async function* readRecords(source: InputSource, onShape: (shape: InputShape) => void, options: ReadOptions = {}): AsyncGenerator<InputRecord[]> {
  const text = textChunks(source);
  // The CSV reader (and csv-parse) is loaded only for CSV: JSON input does not pay for it.
  const csv = async function* (chunks: AsyncIterable<string>) {
    onShape("csv");
    const { csvRecords } = await import("./csvRecords.js");
    yield* csvRecords(chunks, withBuiltIns(options.fieldTypes ?? NO_DECLARED_FIELDS));
  };
  if (options.format === "csv") return yield* csv(text);
  // Up to the first character that is not blank: "[" opens an array.
  const seen: string[] = [];
  let opener: string | undefined;
  while (opener === undefined) {
    const step = await text.next();
    if (step.done) break;
    seen.push(step.value);
    // A mark of bytes that are not UTF-8 (and their U+FFFD) is no opener: the record's own error.
    opener = /[^\s\ufeff\udfff\ufffd]/.exec(step.value)?.[0];
  }
  if (options.format !== "json" && opener !== undefined && opener !== "{" && opener !== "[" && !(await firstLineIsJson(seen, text))) return yield* csv(prependChunks(seen, text));
  // "[" opens an array, unless its first line is a whole value and more lines follow (NDJSON).
  if (opener === "[" && !(await ndjsonAfterAll(seen, text))) {
    onShape("array");
    const all = seen.join("");
    const at = all.indexOf("[");
    yield* arrayElements(prependChunks([all.slice(at + 1)], text), 1 + all.slice(0, at).split("\n").length - 1);
    return;
  }
  const batches = lineBatches(prependChunks(seen, text));
  // Two non-blank lines decide: NDJSON when either parses on its own (the first may be broken).
  const head: Line[] = [];
  const nonBlank: Line[] = [];
  for (let step = await batches.next(); !step.done; step = await batches.next()) {
    for (const l of step.value) if (head.push(l) && (l === TOO_LONG || l.trim() !== "")) nonBlank.push(l);
    if (nonBlank.length >= 2 || parses(nonBlank[0])) break;
  }
  if (nonBlank.length === 0) return;
  if (parses(nonBlank[0]) || parses(nonBlank[1]) || nonBlank[0] === TOO_LONG) {
    onShape("ndjson");
    yield* ndjson(head, batches);
    return;
  }
  // A document spread over lines, or NDJSON broken from its first line: read whole, within the limit.
  const lines = head;
  let length = 0;
  for (const l of lines) length += typeof l === "string" ? l.length + 1 : MAX_RECORD_CHARS;
  for (let step = length > MAX_RECORD_CHARS ? undefined : await batches.next(); step && !step.done; step = length > MAX_RECORD_CHARS ? undefined : await batches.next()) {
    for (const l of step.value) (lines.push(l), (length += typeof l === "string" ? l.length + 1 : MAX_RECORD_CHARS));
  }
  const joined = length > MAX_RECORD_CHARS ? undefined : lines.join("\n");
  const whole = joined === undefined ? undefined : parseLine(joined, 1);
  // Well-formed as a whole (a number it cannot keep is the record's own error): one document.
  if (whole && ("value" in whole || isJsonSyntax(joined as string))) {
    onShape("document");
    yield [whole];
    return;
  }
  const records = textRecords(lines, 1);
  const first = (nonBlank[0] as string).trim();
  // A lone "{" opening the text, and no line that parses on its own:
  // one broken pretty-printed document. Anything else is NDJSON, every line
  // its own record (so "{broken\n{broken" gives two error records).
  // A lone "{" and a text that stops before its end: one truncated document, whatever its lines.
  const truncated = first === "{" && joined !== undefined && endsEarly(joined);
  const broken = whole !== undefined && first === "{" && records.length > 1 && (truncated || records.every((r) => "text" in r && !parses(r.text)));
  onShape(broken ? "document" : "ndjson");
  if (broken) yield [whole];
  else yield* ndjson(lines, batches);
}

async function* ndjson(head: readonly Line[], batches: AsyncGenerator<Line[]>): AsyncGenerator<InputRecord[]> {
  let line = 1;
  let batch: readonly Line[] | undefined = head;
  while (batch) {
    const records = textRecords(batch, line);
    if (records.length) yield records;
    line += batch.length;
    const step = await batches.next();
    batch = step.done ? undefined : step.value;
  }
}
