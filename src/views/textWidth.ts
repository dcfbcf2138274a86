import stringWidth from "string-width";

/** The colour codes chalk writes (SGR): they take no columns. */
const SGR = /\u001b\[[0-9;]*m/g;
/** Printable ASCII, Han, kana and Hangul syllables: between two of these a grapheme cluster always ends. */
const SIMPLE = /[\u0020-\u007e\p{Script=Han}\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3]/u;
/** Pieces measured at once: string-width's Intl.Segmenter takes time quadratic in the length of what it is given. */
const PIECE = 512;

/**
 * Characters that are each a grapheme cluster of their own, printing, never emoji: ASCII,
 * Latin-1 and other narrow letters, punctuation, arrows, maths, box drawing and blocks, CJK
 * ideographs, kana, CJK and full-width punctuation. Text made only of them (nearly all this
 * tool prints) is measured without string-width, whose first call builds an Intl.Segmenter
 * and Unicode-property expressions: ~20 ms of every start-up.
 */
const ONE_CLUSTER_EACH =
  /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u20a0-\u20c0\u2190-\u2193\u2200-\u22ff\u2500-\u259f\u3000-\u3029\u302e-\u303e\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6]*$/;
/** Of those, the wide ones (East Asian Width W or F): two columns. */
const WIDE = /[\u3000-\u3029\u302e-\u303e\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6]/g;

/** The width of text of ONE_CLUSTER_EACH: a column a character, two for a wide one. */
function plainWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/**
 * `text`'s width in terminal columns (CJK counts two, colour codes none), in
 * time linear in its length: a long text is measured in pieces cut only
 * where a grapheme cluster must end, so the sum is the whole's width.
 */
export function textWidth(text: string): number {
  const plain = text.includes("\u001b") ? text.replace(SGR, "") : text;
  if (ONE_CLUSTER_EACH.test(plain)) return plainWidth(plain);
  if (plain.length <= PIECE) return stringWidth(plain);
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
