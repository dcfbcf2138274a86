import type { ChalkInstance } from "chalk";
import { Decimal } from "../engine/decimal.js";
import type { Book } from "../engine/portfolio/result.js";
import { CHART_WIDTH, renderBars } from "./barChart.js";
import type { PortfolioLabels } from "./portfolioLabels.js";
import { ratioPercent, thousands } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";

const CURRENT = { glyph: { unicode: "█", ascii: "#" }, colour: (c: ChalkInstance) => c.cyan };
const M3PLUS = { glyph: { unicode: "▓", ascii: "X" }, colour: (c: ChalkInstance) => c.red };

/**
 * A book's outstanding balance by month as bars, as `quote --chart` draws:
 * each bar is the month's outstanding, its M3+ part (the NPL balance) drawn
 * apart, and the note gives the balance and the NPL ratio.
 */
export function monthsChart(book: Book, l: PortfolioLabels, s: TableStyle): string {
  const bars = book.months.map((row) => {
    const outstanding = new Decimal(row.outstanding);
    const m3plus = Decimal.min(new Decimal(row.m3plus), outstanding);
    return {
      label: String(row.month),
      segments: [
        { value: Decimal.max(outstanding.minus(m3plus), 0), ...CURRENT },
        { value: Decimal.max(m3plus, 0), ...M3PLUS },
      ],
      note: l.chartNote(thousands(row.outstanding), ratioPercent(row.npl)),
    };
  });
  const draw = (part: typeof CURRENT) => part.colour(s.c)(s.ascii ? part.glyph.ascii : part.glyph.unicode);
  return [s.c.cyan(l.chartTitle(l.role[book.role])), ...renderBars(bars, { width: CHART_WIDTH, ascii: s.ascii, chalk: s.c }), l.chartLegend(draw(CURRENT), draw(M3PLUS))].join("\n");
}
