import { MAX_RECORD_CHARS, TOO_LONG_MESSAGE } from "./recordLimit.js";
import type { InputRecord } from "./inputRecord.js";

const SPECIAL = /["[\]{},]/g;
const IN_STRING = /["\\]/g;

/**
 * The elements of one top-level JSON array, streamed: each element's text is
 * cut out by tracking strings and bracket depth (no recursion, any depth) and
 * parsed later on its own, so a million-element array needs no more memory
 * than one element. `chunks` starts just after the opening "[".
 * Records are numbered by element (line = index + 1), `at` is the file line.
 */
export async function* arrayElements(chunks: AsyncIterable<string>, startLine: number): AsyncGenerator<InputRecord[]> {
  let index = 0;
  let fileLine = startLine; // the line where the current element starts
  let pieces: string[] = [];
  let length = 0;
  let depth = 1;
  let inString = false;
  let skipOne = false; // an escape's backslash ended the last chunk
  let closed = false;
  let trailing = false;
  let afterComma = false;
  const lines = (text: string) => {
    let n = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) n++;
    return n;
  };
  const keep = (piece: string) => {
    length += piece.length;
    if (length <= MAX_RECORD_CHARS) pieces.push(piece);
    else pieces = [];
  };
  const element = (): InputRecord | undefined => {
    const text = length > MAX_RECORD_CHARS ? undefined : pieces.join("");
    const record: InputRecord | undefined =
      text === undefined ? { line: ++index, parseError: TOO_LONG_MESSAGE } : text.trim() === "" ? undefined : { line: ++index, text, at: fileLine };
    fileLine += text === undefined ? 0 : lines(text);
    [pieces, length] = [[], 0];
    return record;
  };
  for await (const chunk of chunks) {
    const out: InputRecord[] = [];
    let from = 0;
    let i = skipOne ? 1 : 0;
    skipOne = false;
    while (i < chunk.length) {
      if (closed) {
        if (chunk.slice(i).trim() !== "") trailing = true;
        break;
      }
      const re = inString ? IN_STRING : SPECIAL;
      re.lastIndex = i;
      const m = re.exec(chunk);
      if (!m) break;
      const c = m[0];
      i = m.index + 1;
      if (inString) {
        if (c === "\\") (i >= chunk.length ? (skipOne = true) : i++);
        else inString = false;
      } else if (c === '"') inString = true;
      else if (c === "[" || c === "{") depth++;
      else if ((c === "," && depth === 1) || ((c === "]" || c === "}") && --depth === 0)) {
        keep(chunk.slice(from, m.index));
        const record = element();
        if (record) out.push(record);
        else if (c === "," || afterComma) out.push({ line: ++index, parseError: "invalid JSON: an empty element in the array" });
        if (c === "}") out.push({ line: ++index, parseError: "invalid JSON: the array is closed with } instead of ]" });
        afterComma = c === ",";
        from = i;
        closed = depth === 0;
      }
    }
    if (!closed) keep(chunk.slice(from));
    if (out.length) yield out;
    if (trailing) break;
  }
  if (trailing) yield [{ line: index + 1, parseError: "invalid JSON: more text after the array's closing ] (write one JSON array, or one profile per line (NDJSON))" }];
  else if (!closed) yield [{ line: index + 1, parseError: "invalid JSON: the input ends before the array is closed with ] (was it cut off?)" }];
}
