// Strings are matched whole so that digits inside them are skipped.
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const KEY_BEFORE = /"((?:[^"\\]|\\.){0,60})"\s*:\s*$/;
/** Only text that could hold such a number is scanned: long digit runs or big exponents. */
const SUSPECT = /\d{16}|[eE][+-]?\d{3}/;

/**
 * A number literal JSON.parse cannot keep as written: too large (1e309 → Infinity),
 * too small (1e-400 → 0), or an integer beyond 2^53 (9007199254740993 → …992).
 * Returns a message quoting the literal and the key it belongs to, or undefined.
 */
export function inexactNumber(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) {
    const literal = m[0];
    if (literal.startsWith('"')) continue;
    const value = Number(literal);
    const integer = !/[.eE]/.test(literal);
    let problem: string | undefined;
    if (!Number.isFinite(value)) problem = "is too large for a number";
    else if (value === 0 && /[1-9]/.test(literal.split(/[eE]/)[0] ?? "")) problem = "is too small for a number (it would become 0)";
    else if (integer && !Number.isSafeInteger(value)) problem = "is too large to be exact (integers up to 9007199254740991)";
    if (problem === undefined) continue;
    const key = KEY_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    const shown = literal.length > 40 ? `${literal.slice(0, 37)}...` : literal;
    return `${key === undefined ? "" : `field ${key}: `}${shown} ${problem}`;
  }
  return undefined;
}
