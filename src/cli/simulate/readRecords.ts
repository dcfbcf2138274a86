import type { InputSource } from "../io.js";

/** One input record: where it stood and its parsed value, or why it could not be parsed. */
export type InputRecord =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly parseError: string; readonly id?: unknown };

/** How the input was written: decides between one readable answer and an NDJSON stream. */
export type InputShape = "ndjson" | "array" | "document";

/** Lines of a chunk stream, a chunk's worth at a time; invalid UTF-8 becomes U+FFFD, never a crash. */
async function* lineBatches(source: InputSource): AsyncGenerator<string[]> {
  const decoder = new TextDecoder("utf-8");
  let rest = "";
  for await (const chunk of source.chunks) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    const lines = text.split("\n");
    rest = lines.pop() ?? "";
    if (lines.length) yield lines;
  }
  rest += decoder.decode();
  if (rest !== "") yield [rest];
}

/** Parses one NDJSON line; a broken one keeps its id (when it can be salvaged) for its error record. */
export function parseLine(text: string, line: number): InputRecord {
  try {
    return { line, value: JSON.parse(text) };
  } catch (error) {
    // Salvage the id for the error record when the line is broken after it.
    const id = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/.exec(text)?.[1];
    let parsedId: unknown;
    try {
      parsedId = id === undefined ? undefined : JSON.parse(id);
    } catch {
      parsedId = undefined;
    }
    return { line, parseError: `invalid JSON: ${(error as Error).message}`, ...(parsedId === undefined ? {} : { id: parsedId }) };
  }
}

/** The non-blank lines as records, unparsed (parsing is the evaluator's job, so workers can share it). */
function* textRecords(lines: readonly string[], firstLine: number): Generator<InputRecord> {
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).replace(/\r$/, "");
    if (text.trim() !== "") yield { line: firstLine + i, text };
  }
}

function* recordsOfLines(lines: readonly string[], firstLine: number): Generator<InputRecord> {
  for (const r of textRecords(lines, firstLine)) yield parseLine((r as { text: string }).text, r.line);
}

/**
 * Reads profiles however they were written — NDJSON (one per line, blank lines
 * skipped), a JSON array, or one JSON document over several lines — detected
 * from the text, not flagged; `onShape` hears which before the first batch.
 * NDJSON is streamed a chunk at a time, so memory stays flat; only an array or
 * a multi-line document is read whole. A read error surfaces from next().
 */
export async function* readRecords(source: InputSource, onShape: (shape: InputShape) => void): AsyncGenerator<InputRecord[]> {
  const batches = lineBatches(source);
  const head: string[] = [];
  let firstText: string | undefined;
  // next() by hand: breaking out of a for-await would close the generator and
  // lose every line after the first chunk.
  for (let step = await batches.next(); !step.done; step = await batches.next()) {
    head.push(...step.value);
    firstText = head.find((l) => l.trim() !== "");
    if (firstText !== undefined) break;
  }
  if (firstText !== undefined && !firstText.trim().startsWith("[") && parses(firstText)) {
    onShape("ndjson");
    let line = 1;
    let batch: string[] | undefined = head;
    while (batch) {
      yield [...textRecords(batch, line)];
      line += batch.length;
      const step = await batches.next();
      batch = step.done ? undefined : step.value;
    }
    return;
  }
  // An array, a document spread over lines, or broken NDJSON: read it whole.
  const lines = [...head];
  for (let step = await batches.next(); !step.done; step = await batches.next()) lines.push(...step.value);
  let value: unknown;
  try {
    value = JSON.parse(lines.join("\n"));
  } catch (error) {
    const records = [...recordsOfLines(lines, 1)];
    // A lone "{" or "[" opening the text, and no line that parses on its own:
    // one broken pretty-printed document. Anything else is NDJSON, every line
    // its own record (so "{broken\n{broken" gives two error records).
    const opener = firstText?.trim();
    const broken = (opener === "{" || opener === "[") && records.length > 1 && records.every((r) => "parseError" in r);
    onShape(broken ? "document" : "ndjson");
    yield broken ? [{ line: 1, parseError: `invalid JSON: ${(error as Error).message}` }] : records;
    return;
  }
  onShape(Array.isArray(value) ? "array" : "document");
  yield Array.isArray(value) ? value.map((v, i) => ({ line: i + 1, value: v })) : [{ line: 1, value }];
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
