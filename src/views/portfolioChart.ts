import type { ChalkInstance } from "chalk";
import { Decimal } from "../engine/decimal.js";
import type { Book } from "../engine/portfolio/result.js";
import { CHART_WIDTH, renderBars } from "./barChart.js";
import type { PortfolioLabels } from "./portfolioLabels.js";
import { noRatio, ratioPercent, thousands } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";

const CURRENT = { glyph: { unicode: "█", ascii: "#" }, colour: (c: ChalkInstance) => c.cyan };
const NPL = { glyph: { unicode: "▓", ascii: "X" }, colour: (c: ChalkInstance) => c.red };

/**
 * A book's outstanding balance by month as bars, as `quote --chart` draws:
 * each bar is the month's outstanding, its 90+ days past due part (the NPL balance) drawn
 * apart, and the note gives the balance and the NPL ratio.
 */
export function monthsChart(book: Book, l: PortfolioLabels, s: TableStyle): string {
  const bars = book.months.map((row) => {
    const outstanding = new Decimal(row.outstanding);
    const dpd90plus = Decimal.min(new Decimal(row.dpd90plus), outstanding);
    return {
      label: String(row.month),
      segments: [
        { value: Decimal.max(outstanding.minus(dpd90plus), 0), ...CURRENT },
        { value: Decimal.max(dpd90plus, 0), ...NPL },
      ],
      // No balance, no ratio: "–", as the month table shows it.
      note: l.chartNote(thousands(row.outstanding), outstanding.isZero() ? noRatio(s.ascii) : ratioPercent(row.npl)),
    };
  });
  const draw = (part: typeof CURRENT) => part.colour(s.c)(s.ascii ? part.glyph.ascii : part.glyph.unicode);
  return [s.c.cyan(l.chartTitle(l.role[book.role])), ...renderBars(bars, { width: CHART_WIDTH, ascii: s.ascii, chalk: s.c }), l.chartLegend(draw(CURRENT), draw(NPL))].join("\n");
}
