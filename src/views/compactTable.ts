import Table from "cli-table3";
import { textWidth } from "./textWidth.js";

/** The frame in plain ASCII, for `--ascii` and terminals that are not UTF-8 (cli-table3's default is box drawing). */
const ASCII_FRAME = { top: "-", "top-mid": "+", "top-left": "+", "top-right": "+", bottom: "-", "bottom-mid": "+", "bottom-left": "+", "bottom-right": "+", left: "|", right: "|", middle: "|" };
/** No rule between rows (long schedules stay readable), and so none under the head either. */
const NO_MID = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };
/** A chunk's top or bottom rule left out: cli-table3 skips a line it draws empty. */
const NO_TOP = { top: "", "top-mid": "", "top-left": "", "top-right": "" };
const NO_BOTTOM = { bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "" };
/**
 * Every column is as wide as its widest line, so cli-table3 never cuts a cell;
 * but it cuts each to 10 columns for a debug line it keeps, one character at a
 * time unless the cell is ASCII (quadratic: a 32,000-character CJK name took
 * 18 s). A mark 10 columns wide leaves it nothing to cut.
 */
const NEVER_CUT = "…".repeat(10);
/**
 * Rows per cli-table3 table: its layout compares each cell with every row
 * above (quadratic: 20,000 rows took 109 s, 200,000 crashed), so a long table
 * is drawn in chunks of the same columns, stitched into one frame. 32 measured
 * fastest for 20,000 offers (8: per-table overhead; 256: twice as slow).
 */
const CHUNK = 32;

/** A table being filled row by row, then drawn once. */
export interface CompactTable {
  push(row: readonly string[]): void;
  toString(): string;
}

/**
 * A bordered table with no rule between rows, drawn by cli-table3 in time
 * linear in its cells: the same bytes as one cli-table3 table. Cells are one
 * line or several; a short row is filled with empty cells.
 */
export function compactTable(head: readonly string[], colAligns: readonly ("left" | "right")[], ascii = false): CompactTable {
  const rows: (readonly string[])[] = head.length > 0 ? [[...head]] : [];
  return {
    push: (row) => void rows.push(row),
    toString: () => draw(rows, colAligns, ascii),
  };
}

function draw(rows: readonly (readonly string[])[], colAligns: readonly ("left" | "right")[], ascii: boolean): string {
  const widths = columnWidths(rows);
  if (widths.length === 0) return "";
  const chunks: string[] = [];
  for (let from = 0; from < rows.length; from += CHUNK) {
    const table = new Table({
      colWidths: widths.map((w) => w + 2),
      colAligns: [...colAligns],
      style: { head: [], border: [] },
      chars: { ...(ascii ? ASCII_FRAME : {}), ...NO_MID, ...(from > 0 ? NO_TOP : {}), ...(from + CHUNK < rows.length ? NO_BOTTOM : {}) },
      truncate: NEVER_CUT,
    });
    for (const row of rows.slice(from, from + CHUNK)) table.push(Array.from(widths, (_, x) => row[x] ?? ""));
    chunks.push(table.toString());
  }
  return chunks.join("\n");
}

/** Each column's widest line in terminal columns (colour codes take none, CJK two), in one pass over the cells. */
function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  // Cells that are not plain ASCII (a method's name, a header) repeat: measured once per table.
  const cache = new Map<string, number>();
  for (const row of rows) {
    row.forEach((cell, x) => {
      for (const line of cell.split("\n")) {
        let width = /^[\u0020-\u007e]*$/.test(line) ? line.length : cache.get(line);
        if (width === undefined) cache.set(line, (width = textWidth(line)));
        widths[x] = Math.max(widths[x] ?? 0, width);
      }
    });
  }
  return widths;
}
