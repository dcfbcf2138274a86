/** How deep a JSON value may nest: far beyond any profile, policy or part, and well within the stack of every recursive walk (zod, canonical JSON, diff). */
export const MAX_JSON_DEPTH = 512;

/**
 * Where valid JSON text first opens a level deeper than `max` (an index into
 * it), or -1. JSON.parse itself takes any depth, but what walks the value
 * afterwards recurses: the limit is checked here, on the text, without
 * recursion. Brackets inside strings do not count.
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  // A value nested deeper than max has more than max opening brackets and as many closing ones.
  if (text.length <= 2 * max) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string: to the next quote not escaped.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
