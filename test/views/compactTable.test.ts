import { Chalk } from "chalk";
import Table from "cli-table3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactTable } from "../../src/views/compactTable.js";

const bold = new Chalk({ level: 1 });

/** The table as one cli-table3 table draws it with the same options: the oracle for the chunked drawing. */
function oracle(head: string[], aligns: ("left" | "right")[], rows: string[][], ascii: boolean): string {
  const frame = ascii
    ? { top: "-", "top-mid": "+", "top-left": "+", "top-right": "+", bottom: "-", "bottom-mid": "+", "bottom-left": "+", "bottom-right": "+", left: "|", right: "|", middle: "|" }
    : {};
  const table = new Table({ head, colAligns: aligns, style: { head: [], border: [] }, chars: { ...frame, mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" } });
  for (const row of rows) table.push(row);
  return table.toString();
}

function drawn(head: string[], aligns: ("left" | "right")[], rows: string[][], ascii = false): string {
  const table = compactTable(head, aligns, ascii);
  for (const row of rows) table.push(row);
  return table.toString();
}

// Characters both string-width 4 (cli-table3's) and 8 (ours) measure alike: ASCII, CJK, full-width forms.
const text = fc.array(fc.constantFrom("a", "Z", "7", " ", "-", "随", "身", "贷", "（", "。", "\n"), { maxLength: 8 }).map((cs) => cs.join(""));
const cell = fc.oneof(text, text.map((t) => bold.bold(t)), text.map((t) => bold.red(t)));

describe("compactTable", () => {
  it("draws the bytes cli-table3 drew: widths, alignment, several lines, colour codes, ASCII frame", () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        head: fc.array(cell, { minLength: n, maxLength: n }),
        aligns: fc.array(fc.constantFrom("left" as const, "right" as const), { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }),
        ascii: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(table, ({ head, aligns, rows, ascii }) => {
        expect(drawn(head, aligns, rows, ascii)).toBe(oracle(head, aligns, rows, ascii));
      }),
      { numRuns: 300 },
    );
  });

  // Drawn in chunks of 32 rows: the frame must be one, whatever chunk a row or the head falls in.
  it("tables longer than a chunk (30 to 100 rows) are the bytes of one cli-table3 table", () => {
    const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 30, max: 100 })).chain(([n, count]) =>
      fc.record({
        head: fc.array(cell, { minLength: n, maxLength: n }),
        aligns: fc.array(fc.constantFrom("left" as const, "right" as const), { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: count, maxLength: count }),
        ascii: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(table, ({ head, aligns, rows, ascii }) => {
        expect(drawn(head, aligns, rows, ascii)).toBe(oracle(head, aligns, rows, ascii));
      }),
      { numRuns: 40, seed: 21 },
    );
  });

  it("65 rows by hand: one top rule, one bottom rule, the widest cell in the last chunk sets every row's width", () => {
    const rows = Array.from({ length: 65 }, (_, i) => [String(i + 1), i === 64 ? "随身贷随身贷" : "a"]);
    const lines = drawn(["#", "名"], ["right", "left"], rows).split("\n");
    expect(lines).toHaveLength(1 + 1 + 65 + 1);
    expect(lines[0]).toBe("┌────┬──────────────┐");
    expect(lines[1]).toBe("│  # │ 名           │");
    expect(lines[34]).toBe("│ 33 │ a            │");
    expect(lines[66]).toBe("│ 65 │ 随身贷随身贷 │");
    expect(lines[67]).toBe("└────┴──────────────┘");
  });

  it("a small table by hand: CJK two columns wide, numbers right-aligned, no rule between rows", () => {
    expect(drawn(["名", "n"], ["left", "right"], [["随身贷", "7"], ["a", "12"]])).toBe(
      ["┌────────┬────┐", "│ 名     │  n │", "│ 随身贷 │  7 │", "│ a      │ 12 │", "└────────┴────┘"].join("\n"),
    );
  });

  // Linear in the cells: one cli-table3 table took ~6 s for 5,000 rows (its layout compares every
  // cell with every row above) and ~17 s for a 32,000-character CJK cell (it cut the cell one
  // character at a time for a debug line). In chunks of 32 rows, with a truncation mark it has
  // nothing to cut for, ~0.5 s here (cli-table3 measures each cell with string-width 4 in tests;
  // the bundle's ASCII shim is faster); the 2 s bound is generous on purpose.
  it("5,000 rows and a 32,000-character CJK cell draw in well under 2 s", () => {
    const started = performance.now();
    const rows = Array.from({ length: 5000 }, (_, i) => [String(i + 1), `offer ${i}`, "等额本息", "10,000.00"]);
    const many = drawn(["#", "name", "method", "amount"], ["right", "left", "left", "right"], rows);
    const wide = drawn(["name"], ["left"], [["随".repeat(32_000)]]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(many.split("\n")).toHaveLength(5000 + 3);
    expect(many.split("\n")[5001]).toBe("│ 5000 │ offer 4999 │ 等额本息 │ 10,000.00 │");
    // 32,000 characters two columns wide, a space either side, a rule either side.
    expect(wide.split("\n")[2]).toHaveLength(32_000 + 4);
    expect(wide.split("\n")[0]).toBe(`┌${"─".repeat(64_002)}┐`);
  });
});
