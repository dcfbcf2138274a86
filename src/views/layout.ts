import { textWidth } from "./textWidth.js";
import type { Layout } from "./formats.js";

/** The widest line of a drawn text, in terminal columns (colour codes and CJK accounted for). */
export function drawnWidth(text: string): number {
  return text.split("\n").reduce((w, line) => Math.max(w, textWidth(line)), 0);
}

/** Which layout to draw: the one asked for, else vertical only when the table would not fit the terminal. */
export function chooseLayout(table: string, layout: Layout | undefined, columns: number | undefined): Layout {
  if (layout !== undefined) return layout;
  return columns !== undefined && drawnWidth(table) > columns ? "vertical" : "table";
}
