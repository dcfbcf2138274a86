import { Chalk, type ChalkInstance } from "chalk";
import type { ComparedOffer } from "../engine/compare.js";
import { CHART_WIDTH, renderBars, type ChartStyle } from "./barChart.js";
import { capMark, renderComparePage } from "./compareTable.js";
import { groupedMoney, percent } from "./format.js";
import type { Lang } from "./lang.js";
import { printable } from "./printable.js";
import type { ViewStyle } from "./viewStyle.js";

const TITLE: Readonly<Record<Lang, string>> = { zh: "总成本（利息 + 费用）", en: "Total cost (interest + fees)" };

/** Each offer's total cost as a bar, in the ranking's order, with its IRR beside it. */
export function renderCompareChart(offers: readonly ComparedOffer[], lang: Lang, style: Omit<ChartStyle, "chalk"> & { colorLevel: 0 | 1 | 2 | 3 }): string {
  const chalk = new Chalk({ level: style.colorLevel });
  const bars = offers.map((o) => ({
    label: printable(o.name),
    segments: [{ value: o.totalCost, glyph: { unicode: "█", ascii: "#" }, colour: (c: ChalkInstance) => (o.quote.compliance.exceedsCap ? c.red : c.cyan) }],
    // The note's mark, so a chart shows what its legend promises.
    note: `${groupedMoney(o.totalCost)} (${o.quote.compliance.exceedsCap ? `${capMark(style.ascii)} ` : ""}${percent(o.quote.annualizedRate, 2)}%)`,
  }));
  return [chalk.bold(TITLE[lang]), ...renderBars(bars, { ...style, chalk })].join("\n");
}

/** `compare --chart`: the ranking drawn as bars, with the table's note. */
export function renderCompareChartView(offers: readonly ComparedOffer[], style: ViewStyle): string {
  return renderComparePage(offers, style, renderCompareChart(offers, style.lang, { ascii: style.ascii === true, width: CHART_WIDTH, colorLevel: style.colorLevel }));
}
