import { editDistance } from "../engine/editDistance.js";

/** The closest of `words` to a mistyped `typed`, if one is close enough to be what was meant. */
export function closest(typed: string, words: readonly string[]): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const word of words) {
    const edits = editDistance(typed.toLowerCase(), word);
    // A third of the word may be wrong: "quot" → quote, "xyzzy" → nothing.
    if (edits <= Math.max(1, Math.floor(word.length / 3)) && (!best || edits < best.edits)) best = { word, edits };
  }
  return best?.word;
}
