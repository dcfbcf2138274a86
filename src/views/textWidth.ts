import stringWidth from "string-width";

/** The colour codes chalk writes (SGR): they take no columns. */
const SGR = /\u001b\[[0-9;]*m/g;
/** Printable ASCII, Han, kana and Hangul syllables: between two of these a grapheme cluster always ends. */
const SIMPLE = /[\u0020-\u007e\p{Script=Han}\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3]/u;
/** Pieces measured at once: string-width's Intl.Segmenter takes time quadratic in the length of what it is given. */
const PIECE = 512;

/**
 * `text`'s width in terminal columns (CJK counts two, colour codes none), in
 * time linear in its length: a long text is measured in pieces cut only
 * where a grapheme cluster must end, so the sum is the whole's width.
 */
export function textWidth(text: string): number {
  if (text.length <= PIECE) return stringWidth(text);
  const plain = text.includes("\u001b") ? text.replace(SGR, "") : text;
  // Another escape sequence might be cut in two: measured whole, as before.
  if (plain.includes("\u001b") || plain.includes("\u009b")) return stringWidth(plain);
  let width = 0;
  let from = 0;
  for (let at = PIECE; at < plain.length; at++) {
    if (at - from >= PIECE && SIMPLE.test(plain[at - 1] as string) && SIMPLE.test(plain[at] as string)) {
      width += stringWidth(plain.slice(from, at));
      from = at;
    }
  }
  return width + stringWidth(plain.slice(from));
}

/** Pads `text` to `width` terminal columns (CJK counts two), on the right or left. */
export function padColumns(text: string, width: number, align: "left" | "right" = "left"): string {
  const gap = " ".repeat(Math.max(0, width - textWidth(text)));
  return align === "left" ? text + gap : gap + text;
}

/** The widest of `texts` in terminal columns. */
export function widest(texts: readonly string[]): number {
  return texts.reduce((w, t) => Math.max(w, textWidth(t)), 0);
}
