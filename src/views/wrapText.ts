import { drawnWidth } from "./layout.js";

/** The width prose is wrapped to when the terminal does not say: the classic 80 columns. */
export const DEFAULT_COLUMNS = 80;

/** Where a line may break: after a space, or after a CJK character or full-width punctuation (Chinese has no spaces). */
const PIECES = /[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|\S+\s*|\s+/gu;

/**
 * Prose wrapped to `width` columns on word boundaries (CJK counted two
 * columns wide), continuation lines led by `indent`. A single word wider
 * than the line stays whole: nothing is cut.
 */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of text.match(PIECES) ?? []) {
    const lead = lines.length === 0 ? "" : indent;
    if (line !== "" && drawnWidth(lead + line + piece.trimEnd()) > width) {
      lines.push(lead + line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  lines.push((lines.length === 0 ? "" : indent) + line.trimEnd());
  return lines;
}
