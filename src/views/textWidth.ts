import stringWidth from "string-width";

/** Pads `text` to `width` terminal columns (CJK counts two), on the right or left. */
export function padColumns(text: string, width: number, align: "left" | "right" = "left"): string {
  const gap = " ".repeat(Math.max(0, width - stringWidth(text)));
  return align === "left" ? text + gap : gap + text;
}

/** The widest of `texts` in terminal columns. */
export function widest(texts: readonly string[]): number {
  return texts.reduce((w, t) => Math.max(w, stringWidth(t)), 0);
}
