import type { ChalkInstance } from "chalk";
import { compactTable } from "./compactTable.js";
import { drawnWidth } from "./layout.js";

/** One column of a table: its header (may hold a line break), alignment and cells. */
export interface Column {
  readonly header: string;
  readonly align: "left" | "right";
  readonly cells: readonly string[];
}

function draw(columns: readonly Column[], c: ChalkInstance, ascii: boolean): string {
  const table = compactTable(columns.map((col) => c.bold(col.header)), columns.map((col) => col.align), ascii);
  const rows = columns[0]?.cells.length ?? 0;
  for (let r = 0; r < rows; r++) table.push(columns.map((col) => col.cells[r] ?? ""));
  return table.toString();
}

/**
 * A table too wide for `width` columns drawn as several, each led by the
 * `key` column: groups of columns that belong together are packed in order
 * while they fit, and a group never splits. One table when everything fits;
 * a single group wider than `width` is drawn anyway (nothing is dropped).
 */
export function fitColumns(key: Column, groups: readonly (readonly Column[])[], width: number, c: ChalkInstance, ascii: boolean): string {
  const tables: string[] = [];
  let current: Column[] = [];
  for (const group of groups) {
    const candidate = [...current, ...group];
    if (current.length > 0 && drawnWidth(draw([key, ...candidate], c, ascii)) > width) {
      tables.push(draw([key, ...current], c, ascii));
      current = [...group];
    } else current = candidate;
  }
  tables.push(draw([key, ...current], c, ascii));
  return tables.join("\n");
}
