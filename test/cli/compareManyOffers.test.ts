import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

const write = tempWriter("suishendai-many-offers-");

// The same price for every offer (10,000 at 1% a month over 3: first payment 3,400.22, as in
// compareLayout.test.ts), so the ranking keeps the file's order. cli-table3 drew the table in
// time quadratic in the rows and in a wide name (200,000 offers crashed after 155 s; a
// 32,000-character name took 18 s): see test/views/compactTable.test.ts and textWidth.test.ts
// for the drawing itself.
const OFFERS = 1000;
const file = write("offers.json", JSON.stringify(Array.from({ length: OFFERS }, (_, i) => ({ name: `o${i + 1}`, apr: 12, terms: 3 }))));
const longName = "随".repeat(32_000);
const long = write("long.json", JSON.stringify([{ name: longName, apr: 12, terms: 3 }, { name: "b", apr: 24, terms: 3 }]));

describe("compare with many offers and a very long name", () => {
  it("the table holds a row per offer in one frame", async () => {
    const r = await runCli(["compare", "10000", "--offers", file, "--layout", "table", "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const lines = r.stdout.split("\n");
    // top rule, header, 1,000 rows, bottom rule, the note, and the final newline's empty string
    expect(lines).toHaveLength(OFFERS + 5);
    expect(lines[OFFERS + 1]).toMatch(/^│ 1000 │ o1000 +│ equal installment │ +3 │ 10,000\.00 │ +3,400\.22 │/);
    expect(new Set(lines.slice(0, OFFERS + 3).map((l) => l.length)).size).toBe(1);
  });

  it("a 32,000-character CJK name is shown whole, the other row padded to its 64,000 columns", async () => {
    const r = await runCli(["compare", "10000", "--offers", long, "--layout", "table", "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const [, , first = "", second = ""] = r.stdout.split("\n");
    expect(first).toContain(`│ ${longName} │`);
    expect(second).toContain(`│ b${" ".repeat(63_999)} │`);
  });

  it("--format json and csv give every offer too", async () => {
    const json = await runCli(["compare", "10000", "--offers", file, "--format", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).offers).toHaveLength(OFFERS);
    const csv = await runCli(["compare", "10000", "--offers", file, "--format", "csv"]);
    expect(csv.stdout.trimEnd().split("\n")).toHaveLength(OFFERS + 1);
  });
});
