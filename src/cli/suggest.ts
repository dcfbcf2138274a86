/** Edits (insert, delete, change, swap two neighbours) that turn `a` into `b`. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The closest of `words` to a mistyped `typed`, if one is close enough to be what was meant. */
export function closest(typed: string, words: readonly string[]): string | undefined {
  let best: { word: string; edits: number } | undefined;
  for (const word of words) {
    const edits = distance(typed.toLowerCase(), word);
    // A third of the word may be wrong: "quot" → quote, "xyzzy" → nothing.
    if (edits <= Math.max(1, Math.floor(word.length / 3)) && (!best || edits < best.edits)) best = { word, edits };
  }
  return best?.word;
}
