import { MAX_JSON_DEPTH, tooDeepAt } from "./nestingDepth.js";
import { inexactNumber } from "./numberLiterals.js";
import { endsEarly, lineColumn, syntaxErrorAt } from "./syntaxErrorAt.js";

/** The reason given for JSON that stops before its value is complete. */
export const TRUNCATED = "the text ends before the JSON value is complete (unexpected end of input: truncated?)";

/** `located`: the message begins with the line and column of the fault. */
export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string; readonly located?: true };

/** V8's message without its position or its copy of the text (which may be binary): the position is given as line and column. */
function reasonOf(error: Error): string {
  return error.message
    .replace(/ at position \d+.*$/s, "")
    .replace(/ in JSON$/, "")
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, "")
    .replace(/^Unexpected non-whitespace character after JSON$/, "more than one JSON value")
    .replace(/^Unexpected token '(.*)'$/s, (_, c: string) => `unexpected character ${JSON.stringify(c)}`);
}

/** The reason given for text with no JSON value in it at all. */
export const EMPTY = "the text is empty: no JSON value in it";

/**
 * The one parser of JSON written by users (profiles, --offers and --policy
 * files): a UTF-8 byte order mark is skipped; a syntax error says
 * `line L, column C` (counting from `firstLine`); nesting too deep for the
 * stack (or deeper than MAX_JSON_DEPTH, which what reads the value would
 * recurse through) and numbers JSON cannot keep exactly are errors quoting the text.
 */
export function parseJson(text: string, firstLine = 1): JsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: "nested too deeply" };
    const at = syntaxErrorAt(body);
    const { line, column } = lineColumn(body, at < 0 ? body.length : at);
    const place = body.trim() === "" ? "" : `line ${line + firstLine - 1}, column ${column + (line === 1 && body !== text ? 1 : 0)}: `;
    if (body.trim() === "") return { ok: false, message: EMPTY };
    // V8 knows the text ended (a literal or number cut off: `tr`, `1.`) where endsEarly sees a token gone wrong.
    const v8 = (error as Error).message;
    const v8At = Number(/ at position (\d+)/.exec(v8)?.[1] ?? -1);
    const ended = endsEarly(body, at) || /^Unexpected end of JSON input/.test(v8) || v8At >= body.trimEnd().length;
    return { ok: false, message: `${place}${ended ? TRUNCATED : reasonOf(error as Error)}`, located: true };
  }
  const deep = tooDeepAt(body);
  if (deep >= 0) {
    const { line, column } = lineColumn(body, deep);
    return { ok: false, message: `line ${line + firstLine - 1}, column ${column + (line === 1 && body !== text ? 1 : 0)}: nested too deeply (more than ${MAX_JSON_DEPTH} levels)`, located: true };
  }
  const inexact = inexactNumber(body);
  return inexact === undefined ? { ok: true, value } : { ok: false, message: inexact };
}

/**
 * Whether the text is one JSON value by its syntax alone: a number JSON
 * cannot keep (1e309) still counts. Deciding an input's shape needs this, so
 * a document is not taken for NDJSON because of a number in it.
 */
export function isJsonSyntax(text: string): boolean {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
}
