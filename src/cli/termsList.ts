import { UsageError } from "../app/errors.js";
import { parseWholeNumber } from "./parseInputs.js";

/**
 * compare --terms: a list of terms, `3,6,9,12`, with ranges, `3-12` or
 * `3,6-9`, each from `min` to `max`, in the order given. A term given twice
 * or a range running backwards is an error, not silently folded.
 */
export function parseTermsList(text: string, field: string, min: number, max: number): number[] {
  const out: number[] = [];
  for (const part of text.split(",")) {
    const [from, to, ...rest] = part.split("-");
    if (rest.length || from === undefined || from.trim() === "") throw new UsageError(`${field}: expected terms such as 3,6,9,12 or 3-12, got ${JSON.stringify(text)}`);
    const a = parseWholeNumber(from, field, min, max);
    const b = to === undefined ? a : parseWholeNumber(to, field, min, max);
    if (b < a) throw new UsageError(`${field}: the range ${part.trim()} runs backwards (write ${b}-${a})`);
    for (let t = a; t <= b; t++) {
      if (out.includes(t)) throw new UsageError(`${field}: ${t} terms given twice in ${JSON.stringify(text)}`);
      out.push(t);
    }
  }
  return out;
}
