import { Chalk, type ChalkInstance } from "chalk";
import type { Quote } from "../engine/quote.js";
import type { QuoteReport } from "../app/quoteReport.js";
import { CHART_WIDTH, renderBars, type ChartStyle } from "./barChart.js";
import { groupedMoney } from "./format.js";
import type { Lang } from "./lang.js";
import { renderQuotePage } from "./quoteTable.js";
import type { ViewStyle } from "./viewStyle.js";

const LEGEND: Readonly<Record<Lang, (p: string, i: string, f: string) => string>> = {
  zh: (p, i, f) => `${p} 本金  ${i} 利息  ${f} 费用`,
  en: (p, i, f) => `${p} principal  ${i} interest  ${f} fee`,
};

/** Each period's payment as a stacked bar of principal, interest and fee. */
export function renderQuoteChart(q: Quote, lang: Lang, style: Omit<ChartStyle, "chalk"> & { colorLevel: 0 | 1 | 2 | 3 }): string {
  const chalk = new Chalk({ level: style.colorLevel });
  const principal = { glyph: { unicode: "█", ascii: "#" }, colour: (c: ChalkInstance) => c.cyan };
  const interest = { glyph: { unicode: "▒", ascii: "=" }, colour: (c: ChalkInstance) => c.yellow };
  const fee = { glyph: { unicode: "░", ascii: "." }, colour: (c: ChalkInstance) => c.magenta };
  const bars = q.schedule.map((row) => ({
    label: String(row.period),
    segments: [
      { value: row.principal, ...principal },
      { value: row.interest, ...interest },
      { value: row.fee, ...fee },
    ],
    note: groupedMoney(row.payment),
  }));
  const draw = (s: typeof principal) => s.colour(chalk)(style.ascii ? s.glyph.ascii : s.glyph.unicode);
  return [...renderBars(bars, { ...style, chalk }), LEGEND[lang](draw(principal), draw(interest), draw(fee))].join("\n");
}

/** `quote --chart`: the quote page with its schedule drawn as bars. */
export function renderQuoteChartView(report: QuoteReport, style: ViewStyle): string {
  return renderQuotePage(report, style, (q) => renderQuoteChart(q, style.lang, { ascii: style.ascii === true, width: CHART_WIDTH, colorLevel: style.colorLevel }));
}
