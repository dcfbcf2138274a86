import { describe, expect, it } from "vitest";
import type { Book, PortfolioResult } from "../../src/engine/portfolio/result.js";
import { drawnWidth } from "../../src/views/layout.js";
import { renderPortfolioTable } from "../../src/views/portfolioTable.js";
import type { ViewStyle } from "../../src/views/viewStyle.js";
import { rows, section } from "./drawnRows.js";
import { CHAMPION, RANGED, SINGLE, SWEEP } from "./portfolioFixtures.js";

const EN: ViewStyle = { lang: "en", colorLevel: 0 };
const ZH: ViewStyle = { lang: "zh", colorLevel: 0 };
const cellOf = (page: string, label: string) => rows(section(page, "Totals")).find((r) => r[0] === label)?.[1];

describe("portfolio table with --runs N says what each figure is", () => {
  it("counts and money are means over the runs; ratios and NPL those of the mean book; 5-95% over the runs' own figures (en and zh, within 80 columns)", () => {
    for (const style of [EN, ZH]) {
      const page = renderPortfolioTable(RANGED, style);
      const totals = style.lang === "en" ? section(page, "Totals") : section(page, "汇总");
      if (style.lang === "en") {
        expect(totals).not.toContain("Each figure is the mean of 3 runs");
        expect(totals).toMatch(/Counts and money: means over the 3 runs\./);
        expect(totals).toMatch(/Ratios and NPL \(with its month\): those of the mean book/);
        expect(totals).toMatch(/5-95%: .*over the runs' own figures/);
      } else {
        expect(totals).toContain("笔数与金额：3 次模拟的均值");
        expect(totals).toContain("比率与不良率（及其月份）：均值组合的数值");
        expect(totals).toMatch(/5%–95% 分位：各次模拟自身结果/);
      }
      for (const line of totals.split("\n")) expect(drawnWidth(line)).toBeLessThanOrEqual(80);
    }
  });

  it("mean counts of what the draws move keep one decimal, whole or not (58.0 under 78.8, not 58); applicants stay whole", () => {
    const page = renderPortfolioTable(RANGED, EN);
    // approved (150 + 151 + 151) ÷ 3 = 150.67 → 150.7 (a hand-made fixture: the decision draws nothing, so a real run's is whole);
    // applicants 200 in every run: the same in every run, so shown whole
    expect(cellOf(page, "approved")).toBe("150.7");
    expect(cellOf(page, "applicants")).toBe("200");
    expect(cellOf(page, "loans booked")).toBe("100.0");
    expect(cellOf(page, "defaults")).toBe("3.0");
    // one run: whole counts as they are
    expect(cellOf(renderPortfolioTable(SINGLE, EN), "applicants")).toBe("200");
  });
});

/** A book with nothing booked (takeUp=0): its ratios have nothing to divide by. */
const EMPTY_BOOK: Book = {
  ...CHAMPION,
  totals: {
    ...CHAMPION.totals, booked: 0, takeUpRate: "0.0000", bookedAmount: "0.00", expectedLoss: "0.00", simulatedLoss: "0.00", defaults: 0, chargeOffs: "0.00", recoveries: "0.00",
    interestIncome: "0.00", fundingCost: "0.00", bookingCost: "0.00", netIncome: "0.00", peakNpl: "0.0000", peakNplMonth: 0, steadyStateNpl: "0.0000", netMargin: "0.0000", returnOnAverageAssets: "0.0000",
  },
  months: [{ ...(CHAMPION.months[0] as Book["months"][number]), active: 0, outstanding: "0.00", npl: "0.0000", netIncome: "0.00" }],
  bands: [],
};

describe("portfolio table: a ratio with nothing to divide is a dash, not 0.00%", () => {
  it("nothing booked: peak NPL, steady-state NPL, net margin and return on assets show – (no month 0); the take-up rate of 150 approved is a real 0.00%", () => {
    const page = renderPortfolioTable({ ...SINGLE, horizon: 0, books: [EMPTY_BOOK] }, EN);
    expect(cellOf(page, "peak NPL (while paying)")).toBe("–");
    expect(cellOf(page, "steady-state NPL")).toBe("–");
    expect(cellOf(page, "net margin")).toBe("–");
    expect(cellOf(page, "return on avg assets")).toBe("–");
    expect(cellOf(page, "take-up rate")).toBe("0.00%");
    expect(rows(section(page, "Champion: month by month"))[2]?.[7]).toBe("–");
  });

  it("in ASCII the dash is '-'", () => {
    const page = renderPortfolioTable({ ...SINGLE, horizon: 0, books: [EMPTY_BOOK] }, { ...EN, ascii: true });
    expect(cellOf(page, "net margin")).toBe("-");
  });
});

describe("portfolio sweep: the over-target legend only when some value is over", () => {
  const under: PortfolioResult = { ...SWEEP, nplTarget: "0.0500", sweep: { ...(SWEEP.sweep as NonNullable<PortfolioResult["sweep"]>), firstOverTarget: null, points: (SWEEP.sweep?.points ?? []).map((p) => ({ ...p, overTarget: false })) } };
  it("no value over: no ▲ legend (the line saying none is over stays)", () => {
    const page = renderPortfolioTable(under, EN);
    expect(page).not.toContain("steady-state NPL over the target");
    expect(page).toContain("No value's steady-state NPL is over the target.");
  });
  it("some over: the legend is there", () => {
    expect(renderPortfolioTable(SWEEP, EN)).toContain("▲ steady-state NPL over the target of 2.50%");
  });
});
