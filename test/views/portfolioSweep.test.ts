import { describe, expect, it } from "vitest";
import { renderPortfolioTable } from "../../src/views/portfolioTable.js";
import type { ViewStyle } from "../../src/views/viewStyle.js";
import { SWEEP } from "./portfolioFixtures.js";
import { rows, section } from "./drawnRows.js";

const page = (style: ViewStyle) => renderPortfolioTable(SWEEP, style);
// The target is 0.0250: 22 (0.0251) and 24 (0.0320) are over it; 20 (0.0250) sits on it, which is not over.
const OVER = ["22", "24"];

describe("portfolio --sweep: the frontier", () => {
  it("one row per value with its figures; the over-target mark on exactly the rows over the NPL target", () => {
    for (const [ascii, mark] of [[false, "▲"], [true, "*"]] as const) {
      const drawn = rows(section(page({ lang: "en", colorLevel: 0, ascii }), "Sweep of bands.0.apr: 4 values"));
      const body = drawn.filter((r) => /^\d/.test(r[0] ?? ""));
      expect(body.map((r) => r[0])).toEqual(["18", "20", `22 ${mark}`, `24 ${mark}`]);
      expect(body.filter((r) => r.join(" ").includes(mark)).map((r) => r[0]?.split(" ")[0])).toEqual(OVER);
    }
  });

  it("approval rate, booked amount, steady-state NPL, loss rate, net margin and net income of each value", () => {
    const drawn = rows(section(page({ lang: "en", colorLevel: 0 }), "Sweep of bands.0.apr: 4 values"));
    expect(drawn.find((r) => r[0]?.startsWith("22"))).toEqual(["22 ▲", "75.00%", "520,000.00", "2.51%", "1.00%", "2.80%", "14,560.00"]);
    expect(drawn.find((r) => r[0] === "20")).toEqual(["20", "70.00%", "480,000.00", "2.50%", "1.00%", "2.50%", "12,000.00"]);
  });

  it("a legend says what the mark means, and the first value over the target is named", () => {
    const text = section(page({ lang: "en", colorLevel: 0 }), "Sweep of bands.0.apr: 4 values");
    expect(text).toContain("▲ steady-state NPL over the target of 2.50%");
    expect(text).toContain("First value over the target: 22");
    const zh = section(page({ lang: "zh", colorLevel: 0 }), "参数扫描 bands.0.apr：4 个取值");
    expect(zh).toContain("▲ 稳态不良率高于目标 2.50%");
    expect(zh).toContain("首个高于目标的取值：22");
  });

  it("the books per value are left to json and csv: no month or band table", () => {
    const text = page({ lang: "en", colorLevel: 0 });
    expect(text).not.toContain("month by month");
    expect(text).not.toContain("by band");
    expect(text).toContain("Each value's book: --format json or csv");
  });
});

describe("portfolio --sweep: the chart", () => {
  it("steady-state NPL per value, the part over the target apart, the target a line across, booked amount in the note", () => {
    const chart = section(page({ lang: "en", colorLevel: 0 }), "Steady-state NPL by value").split("\n");
    // Scaled to the largest, 0.0320 = 40 cells. The target 0.0250 → 31.25 → the line in cell 31.
    // 18: 0.0150 → 18.75 → 19 cells, then blanks to the line. 24: 31 cells to the target, 9 over it.
    expect(chart[1]).toBe(`18 │${"█".repeat(19)}${" ".repeat(12)}┊${" ".repeat(8)} 1.50% booked 400.0k`);
    expect(chart[4]).toBe(`24 │${"█".repeat(31)}${"▓".repeat(9)} 3.20% ▲ booked 560.0k`);
    expect(chart.filter((l) => l.includes("▲")).map((l) => l.split(" ")[0])).toEqual(OVER);
    expect(chart.slice(5)).toEqual(["█ up to the target  ▓ over it  ┊ target 2.50%", "right: steady-state NPL, booked amount (k = 1,000 CNY)"]);
  });

  it("in ASCII the same chart with #, X and :", () => {
    const chart = section(page({ lang: "en", colorLevel: 0, ascii: true }), "Steady-state NPL by value").split("\n");
    expect(chart[1]).toBe(`18 |${"#".repeat(19)}${" ".repeat(12)}:${" ".repeat(8)} 1.50% booked 400.0k`);
    expect(chart[4]).toBe(`24 |${"#".repeat(31)}${"X".repeat(9)} 3.20% * booked 560.0k`);
  });
});
