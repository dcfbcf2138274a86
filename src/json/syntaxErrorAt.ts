const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** stringEnd's answer for a string the text ends inside of. */
const OPEN = -2;

/**
 * The end of the JSON string that opens at `from`: -1 when it goes wrong,
 * OPEN when the text ends inside it. A loop, not a regular
 * expression: V8 matches a repeated group by recursion, and a string of
 * millions of characters overflowed its stack.
 */
function stringEnd(text: string, from: number): number {
  if (text.charCodeAt(from) !== 34) return -1;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20) return -1;
    if (c === 92) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return /^\\(u[0-9a-fA-F]{0,3})?$/.test(text.slice(i, i + 6)) && i + 6 > text.length ? OPEN : -1;
      i = ESCAPE.lastIndex - 1;
    }
  }
  return OPEN;
}

/**
 * Where JSON text first goes wrong (an index into it), or -1 when it is valid.
 * V8's messages give a position only for some errors; this gives one always.
 * Iterative, with its own stack: any nesting depth is safe.
 */
export function syntaxErrorAt(text: string): number {
  const n = text.length;
  const stack: number[] = []; // 0x7b "{" or 0x5b "["
  let i = 0;
  const skip = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const token = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const string = () => {
    const end = stringEnd(text, i);
    if (end < 0) return false;
    i = end;
    return true;
  };
  /** A key and its colon, as after "{" or "," in an object. */
  const key = () => {
    skip();
    if (!string()) return false;
    skip();
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    return true;
  };
  let wantValue = true;
  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    if (wantValue) {
      if (c === 123 || c === 91) {
        i++;
        skip();
        if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) (i++, (wantValue = false));
        else {
          stack.push(c);
          if (c === 123 && !key()) return i;
        }
        continue;
      }
      if (c === 34 ? string() : c === 45 || (c >= 48 && c <= 57) ? token(NUMBER) : ["true", "false", "null"].some((w) => text.startsWith(w, i) && ((i += w.length), true))) {
        wantValue = false;
        continue;
      }
      return i;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < n ? i : -1;
    if (c === 44) {
      i++;
      if (top === 123 && !key()) return i;
      wantValue = true;
    } else if (c === (top === 123 ? 125 : 93)) (stack.pop(), i++);
    else return i;
  }
}

/** 1-based line and column of an index into text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < index; at = text.indexOf("\n", at + 1)) (line++, (start = at + 1));
  return { line, column: index - start + 1 };
}

/**
 * Whether JSON text goes wrong only because it stops: the first error is at
 * its end, or inside a string still open there. A file cut off (a copy that
 * did not finish, a full disk) says so instead of blaming its last token.
 */
export function endsEarly(text: string, at = syntaxErrorAt(text)): boolean {
  if (at < 0 || text.trim() === "") return false;
  const rest = text.slice(at).trimEnd();
  return rest === "" || stringEnd(rest, 0) === OPEN;
}
