import { describe, expect, it } from "vitest";
import { renderView } from "../../src/views/renderView.js";
import { renderPortfolioTable } from "../../src/views/portfolioTable.js";
import type { ViewStyle } from "../../src/views/viewStyle.js";
import { CHALLENGED, RANGED, SINGLE, SWEEP } from "./portfolioFixtures.js";
import { rows, section } from "./drawnRows.js";

const EN: ViewStyle = { lang: "en", colorLevel: 0 };
const page = (r = SINGLE, style: ViewStyle = EN) => renderPortfolioTable(r, style);

describe("portfolio table: month by month", () => {
  it("every month is a row of both tables, balances and NPL (a percent, 2 decimals) in the first", () => {
    const drawn = rows(section(page(), "Champion: month by month"));
    // The fixture's months in thousands of CNY, one decimal, half up: 420123.45 → 420.1, 5391.23 → 5.4;
    // NPL 0.0215 → 2.15%, 0.0000 → 0.00%.
    expect(drawn.slice(0, 6)).toEqual([
      ["month", "active", "outstanding", "DPD", "DPD", "DPD", "DPD", "NPL"],
      ["", "", "", "1-30", "31-60", "61-90", "90+", ""],
      ["0", "100", "500.0", "0.0", "0.0", "0.0", "0.0", "0.00%"],
      ["1", "98", "420.1", "5.0", "0.0", "0.0", "0.0", "0.00%"],
      ["2", "95", "338.0", "4.2", "3.9", "0.0", "0.0", "0.00%"],
      ["3", "93", "251.2", "3.0", "2.5", "0.0", "5.4", "2.15%"],
    ]);
    // Charge-offs 1200.00 → 1.2, recoveries 150.00 → 0.2 (0.15 half up), interest 5024.69 → 5.0,
    // funding 916.17 → 0.9, net 3058.52 → 3.1; month 0's net is the booking cost, −2000.00 → −2.0.
    expect(drawn.slice(6)).toEqual([
      ["month", "charge-offs", "recoveries", "interest", "VAT", "funding", "opex", "net"],
      ["0", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0", "-2.0"],
      ["1", "0.0", "0.0", "8.4", "0.0", "1.5", "0.0", "6.9"],
      ["2", "0.0", "0.0", "6.8", "0.0", "1.2", "0.0", "5.5"],
      ["3", "1.2", "0.2", "5.0", "0.0", "0.9", "0.0", "3.1"],
    ]);
  });

  it("the caption says the amounts are in thousands and where the exact values are, in each language", () => {
    expect(section(page(), "Champion: month by month")).toContain("Amounts in thousands of CNY; --format csv or json gives exact values.");
    expect(section(page(SINGLE, { lang: "zh", colorLevel: 0 }), "冠军策略 · 逐月")).toContain("金额单位：千元；--format csv 或 json 给出精确到分的数值");
  });

  it("the zh table shows NPL as a percent with 2 decimals too", () => {
    const npl = rows(section(page(SINGLE, { lang: "zh", colorLevel: 0 }), "冠军策略 · 逐月")).map((r) => r[7]);
    expect(npl.slice(0, 6)).toEqual(["不良率", "", "0.00%", "0.00%", "0.00%", "2.15%"]);
  });
});

describe("portfolio table: totals, bands, swap set", () => {
  it("champion and challenger side by side, exact money, peak NPL with its month", () => {
    const drawn = rows(section(page(CHALLENGED), "Totals"));
    expect(drawn[0]).toEqual(["figure", "Champion", "Challenger"]);
    const row = (label: string) => drawn.find((r) => r[0] === label)?.slice(1);
    expect(row("booked amount")).toEqual(["500,000.00", "550,000.00"]);
    expect(row("net income")).toEqual(["13,536.06", "14,969.79"]);
    expect(row("approval rate")).toEqual(["78.95%", "86.84%"]); // 0.7895, 0.8684
    expect(row("peak NPL (while paying)")).toEqual(["2.15% (month 3)", "3.00% (month 3)"]);
    expect(row("steady-state NPL")).toEqual(["1.21%", "1.90%"]); // fixtures 0.0121 and 0.0190
    expect(section(page(CHALLENGED), "Totals")).toContain("Champion: default v3\nChallenger: looser v4");
  });

  it("with runs > 1 each ranged total has its 5-95% range under it, money to the yuan", () => {
    const drawn = rows(section(page(RANGED), "Totals"));
    const under = (label: string) => drawn[drawn.findIndex((r) => r[0] === label) + 1];
    expect(drawn.find((r) => r[0] === "approved")?.[1]).toBe("150.7"); // (150 + 151 + 151) ÷ 3 = 150.67
    expect(under("approved")).toEqual(["5-95%", "150 to 151"]);
    expect(under("booked amount")).toEqual(["5-95%", "490,000 to 512,346"]); // 512345.67 → 512,346
    expect(under("simulated loss")).toEqual(["5-95%", "800 to 1,401"]); // 1400.50 → 1,401 (half up)
    expect(under("net income")).toEqual(["5-95%", "12,001 to 15,001"]); // 12001.49 → 12,001; 15000.50 → 15,001
    expect(under("peak NPL (while paying)")).toEqual(["5-95%", "1.80% to 2.50%"]);
    expect(under("steady-state NPL")).toEqual(["5-95%", "1.00% to 1.40%"]);
    expect(under("return on avg assets")).toEqual(["5-95%", "14.00% to 18.00%"]);
    // the figures without a range have none
    expect(under("expected loss (model)")?.[0]).toBe("simulated loss");
    expect(section(page(RANGED), "Totals")).toContain("Counts and money: means over the 3 runs.");
  });

  it("by band: each band's row, money in thousands, PD and margin as percents, the policy's PD beside the world's", () => {
    const drawn = rows(section(page(), "Champion: by band"));
    // 320000.00 → 320.0; 0.0120 → 1.20%; 7345.67 → 7.3; 0.0308 → 3.08%; gap 0.0120 − 0.0300 = −1.80%
    expect(drawn.filter((r) => r[0] === "A" || r[0] === "B")).toEqual([
      ["A", "90", "60", "320.0"],
      ["B", "60", "40", "180.0"],
      ["A", "5.0", "0.3", "11.0", "8.0", "2.50%", "1.00%"],
      ["B", "7.3", "0.8", "9.2", "5.5", "3.08%", "1.00%"],
      ["A", "1.20%", "3.00%", "-1.80%", "1.67%"],
      ["B", "4.50%", "4.00%", "0.50%", "2.50%"],
    ]);
  });

  it("the swap set: count, mean PD, and what each policy books and loses on each cell", () => {
    const drawn = rows(section(page(CHALLENGED), "Swap set (champion vs challenger)"));
    const cells = (name: string) => drawn.filter((r) => r[0] === name).flatMap((r) => r.slice(1));
    expect(cells("both approve")).toEqual(["140", "2.00%", "480,000.00", "900.00", "470,000.00", "1,000.00"]);
    expect(cells("challenger only")).toEqual(["25", "8.00%", "0.00", "0.00", "80,000.00", "750.00"]);
    expect(cells("neither")).toEqual(["15", "-", "0.00", "0.00", "0.00", "0.00"]); // no one scored: no mean PD
    expect(page(SINGLE)).not.toContain("Swap set");
  });

  it("says how many records were left out as invalid", () => {
    expect(page(CHALLENGED)).toContain("10 records were not valid profiles (each named on stderr), left out");
    expect(page(SINGLE)).not.toContain("valid profiles (each");
  });
});

describe("portfolio table: chart, colour and ASCII", () => {
  it("outstanding by month as bars scaled to the largest, the 90+ part apart, NPL in the note", () => {
    const chart = section(page(CHALLENGED), "Challenger: outstanding and NPL by month").split("\n");
    // 550000 is 40 cells; 276000 ÷ 550000 × 40 = 20.07 → 20 cells, of which 90+ 8280: 276000 − 8280 = 267720 → 19.47 → 19, so 1 cell
    expect(chart[1]).toBe(`0 │${"█".repeat(40)} 550.0k NPL 0.00%`);
    expect(chart[4]).toBe(`3 │${"█".repeat(19)}▓${" ".repeat(20)} 276.0k NPL 3.00%`);
    expect(chart[5]).toBe("█ current, 1-90 DPD  ▓ 90+ DPD (NPL); right: outstanding (k = 1,000 CNY), NPL");
  });

  it("no ANSI escapes when colour is off; colour only through the style", () => {
    for (const r of [SINGLE, CHALLENGED, RANGED, SWEEP]) {
      expect(page(r, { lang: "en", colorLevel: 0 })).not.toContain("\u001b");
      expect(page(r, { lang: "zh", colorLevel: 0, ascii: true })).not.toContain("\u001b");
      expect(page(r, { lang: "en", colorLevel: 1 })).toContain("\u001b[");
    }
  });

  it("English with ascii is plain ASCII throughout; without it, box drawing and block bars", () => {
    for (const r of [SINGLE, CHALLENGED, RANGED, SWEEP]) {
      expect(page(r, { lang: "en", colorLevel: 0, ascii: true })).toMatch(/^[\n\x20-\x7e]*$/);
      expect(page(r, EN)).toMatch(/[│┌█]/);
    }
  });

  it("renderView draws the portfolio's table and csv formats", async () => {
    expect(await renderView("portfolio", "table", SINGLE, EN)).toBe(page());
    expect(await renderView("portfolio", "csv", SINGLE, EN)).toMatch(/^role,month,/);
  });

  it("renderView takes a PortfolioResult for portfolio, and nothing else (a compile-time check)", () => {
    // @ts-expect-error a portfolio view draws a PortfolioResult, not a number
    const wrong = () => renderView("portfolio", "table", 5, EN);
    expect(typeof wrong).toBe("function");
  });
});
