import type { ChalkInstance } from "chalk";
import { padColumns, widest } from "./textWidth.js";

/**
 * A table turned on its side for a narrow terminal: one block per row,
 * headed "rank. name" (its first two cells), then one line per other cell
 * under its header, the labels padded to one width (CJK counts two).
 */
export function renderBlocks(headers: readonly string[], rows: readonly (readonly string[])[], c: ChalkInstance): string {
  const labels = headers.slice(2);
  const width = widest(labels);
  // Padded once, not once per row: a ranking may hold 100,000s of offers.
  const padded = labels.map((label) => `   ${padColumns(label, width)}  `);
  return rows
    .map(([rank = "", name = "", ...cells]) => [c.bold(`${rank}. ${name}`), ...cells.map((cell, i) => `${padded[i] ?? `   ${padColumns("", width)}  `}${cell}`)].join("\n"))
    .join("\n\n");
}
