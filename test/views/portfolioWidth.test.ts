import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import type { PortfolioResult } from "../../src/engine/portfolio/result.js";
import type { Lang } from "../../src/views/lang.js";
import { drawnWidth } from "../../src/views/layout.js";
import { renderPortfolioTable } from "../../src/views/portfolioTable.js";
import { FIXTURES } from "./portfolioFixtures.js";
import { rows, section } from "./drawnRows.js";

// Every section of the portfolio page fits an 80-column terminal, in both
// languages, with Unicode or ASCII borders: measured with the views' own
// width helper (CJK counts two columns, colour codes none).

/** The same result with every money figure × 1000 (a book of hundreds of millions of CNY). */
function scaled<T>(value: T): T {
  if (typeof value === "string" && /^-?\d+\.\d{2}$/.test(value)) return new Decimal(value).times(1000).toFixed(2) as T;
  if (Array.isArray(value)) return value.map(scaled) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaled(v)])) as T;
  return value;
}

/** Champion and challenger side by side, each with its ranges: the widest totals table. */
const BOTH_RANGED: PortfolioResult = { ...FIXTURES.CHALLENGED, runs: 3, books: FIXTURES.CHALLENGED.books.map((b) => ({ ...b, ranges: FIXTURES.RANGED.books[0]?.ranges })) };

const cases: [string, PortfolioResult][] = Object.entries({ ...FIXTURES, BOTH_RANGED }).flatMap(([name, r]) => [[name, r], [`${name} ×1000`, scaled(r)]] as [string, PortfolioResult][]);

describe("portfolio table widths", () => {
  it("the scaled fixture is really larger (the booked amount 500,000.00 × 1000)", () => {
    expect(scaled(FIXTURES.SINGLE).books[0]?.totals.bookedAmount).toBe("500000000.00");
  });

  for (const [name, result] of cases) {
    for (const lang of ["en", "zh"] as Lang[]) {
      for (const ascii of [false, true]) {
        it(`${name}, ${lang}${ascii ? ", ASCII" : ""}: no line is wider than 80 columns`, () => {
          const text = renderPortfolioTable(result, { lang, colorLevel: 1, ascii });
          const wide = text.split("\n").filter((line) => drawnWidth(line) > 80);
          expect(wide).toEqual([]);
        });
      }
    }
  }

  it("a wider terminal gets the month table in one piece (12 columns), an 80-column one in two", () => {
    const count = (columns: number | undefined) => renderPortfolioTable(FIXTURES.SINGLE, { lang: "en", colorLevel: 0, columns }).split("\n").filter((l) => /^│ month │/.test(l)).length;
    expect(count(undefined)).toBe(2);
    expect(count(200)).toBe(1);
  });
});

describe("a totals table too wide for its ranges", () => {
  it("two books with ranges of hundreds of millions: each range's ends on two lines", () => {
    const text = renderPortfolioTable(scaled(BOTH_RANGED), { lang: "en", colorLevel: 0 });
    const drawn = rows(section(text, "Totals"));
    const at = drawn.findIndex((r) => r[0] === "booked amount");
    // 500000.00 × 1000 and 550000.00 × 1000; the range 490000.00 × 1000 to 512345.67 × 1000, to the yuan
    expect(drawn.slice(at, at + 3)).toEqual([
      ["booked amount", "500,000,000.00", "550,000,000.00"],
      ["5-95%", "490,000,000 to", "490,000,000 to"],
      ["", "512,345,670", "512,345,670"],
    ]);
    // the small book keeps each range on one line
    expect(rows(section(renderPortfolioTable(BOTH_RANGED, { lang: "en", colorLevel: 0 }), "Totals"))).toContainEqual(["5-95%", "490,000 to 512,346", "490,000 to 512,346"]);
  });
});
