import { textWidth } from "./textWidth.js";

/** The frame's characters: box drawing, or plain ASCII for `--ascii` and terminals that are not UTF-8. */
const BOX = { top: "─", topMid: "┬", topLeft: "┌", topRight: "┐", bottom: "─", bottomMid: "┴", bottomLeft: "└", bottomRight: "┘", side: "│" };
const ASCII = { top: "-", topMid: "+", topLeft: "+", topRight: "+", bottom: "-", bottomMid: "+", bottomLeft: "+", bottomRight: "+", side: "|" };

/** A table being filled row by row, then drawn once. */
export interface CompactTable {
  push(row: readonly string[]): void;
  toString(): string;
}

/** A cell's lines, each with its width in terminal columns (colour codes take none, CJK two). */
interface Measured {
  readonly lines: readonly (readonly [string, number])[];
  readonly width: number;
}

/** Widths of the cells that are not plain ASCII (a method's name, a header): measured once per table. */
type WidthCache = Map<string, number>;

function widthOf(line: string, cache: WidthCache): number {
  if (/^[\u0020-\u007e]*$/.test(line)) return line.length;
  let width = cache.get(line);
  if (width === undefined) cache.set(line, (width = textWidth(line)));
  return width;
}

function measure(cell: string, cache: WidthCache): Measured {
  const lines = cell.split("\n").map((line) => [line, widthOf(line, cache)] as const);
  return { lines, width: lines.reduce((w, [, width]) => Math.max(w, width), 0) };
}

/**
 * A bordered table with no rule between rows: long schedules stay readable.
 * Drawn here in one pass over the cells (cli-table3, which drew it before
 * with the same bytes, took time quadratic in the rows and in a wide
 * character's cell: 200,000 offers or a 32,000-character name never ended).
 * Cells are one line or several; a styled cell closes its codes on each line,
 * as chalk does. A short row is filled with empty cells.
 */
export function compactTable(head: readonly string[], colAligns: readonly ("left" | "right")[], ascii = false): CompactTable {
  const rows: (readonly string[])[] = head.length > 0 ? [[...head]] : [];
  return {
    push: (row) => void rows.push(row),
    toString: () => draw(rows, colAligns, ascii ? ASCII : BOX),
  };
}

function draw(rows: readonly (readonly string[])[], aligns: readonly ("left" | "right")[], f: typeof BOX): string {
  const count = rows.reduce((n, row) => Math.max(n, row.length), 0);
  const cache: WidthCache = new Map();
  const measured = rows.map((row) => Array.from({ length: count }, (_, x) => measure(row[x] ?? "", cache)));
  const widths = Array.from({ length: count }, (_, x) => measured.reduce((w, row) => Math.max(w, (row[x] as Measured).width), 0));
  const rule = (left: string, mid: string, right: string, fill: string): string => left + widths.map((w) => fill.repeat(w + 2)).join(mid) + right;
  const out = [rule(f.topLeft, f.topMid, f.topRight, f.top)];
  for (const row of measured) {
    const height = row.reduce((h, cell) => Math.max(h, cell.lines.length), 1);
    for (let n = 0; n < height; n++) {
      const cells = row.map((cell, x) => {
        const [text, width] = cell.lines[n] ?? ["", 0];
        const gap = " ".repeat((widths[x] as number) - width);
        return ` ${aligns[x] === "right" ? gap + text : text + gap} `;
      });
      out.push(f.side + cells.join(f.side) + f.side);
    }
  }
  out.push(rule(f.bottomLeft, f.bottomMid, f.bottomRight, f.bottom));
  return out.join("\n");
}
