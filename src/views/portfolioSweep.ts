import type { ChalkInstance } from "chalk";
import { Decimal } from "../engine/decimal.js";
import type { SweepPoint } from "../engine/portfolio/result.js";
import { CHART_WIDTH, renderBars } from "./barChart.js";
import { fitColumns, type Column } from "./fitColumns.js";
import type { PortfolioLabels } from "./portfolioLabels.js";
import { exactMoney, noRatio, ratioPercent, thousands } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";
import { printable } from "./printable.js";

/** The mark of a value whose peak NPL is over the target. */
export function overMark(ascii: boolean): string {
  return ascii ? "*" : "▲";
}

/** A value that booked nothing: its NPL and margin have nothing to divide by. */
const none = (p: SweepPoint) => new Decimal(p.bookedAmount).isZero();

/** The frontier: one row per swept value, the rows over the NPL target marked (the legend says so). */
export function frontierTable(points: readonly SweepPoint[], target: string, l: PortfolioLabels, s: TableStyle): string {
  const [value, approvalRate, bookedAmount, steadyNpl, lossRate, netMargin, netIncome] = l.sweep;
  const mark = overMark(s.ascii);
  const col = (header: string, cell: (p: SweepPoint) => string): Column => ({ header, align: "right", cells: points.map(cell) });
  const key: Column = { header: value, align: "left", cells: points.map((p) => (p.overTarget ? s.c.red(`${printable(p.value)} ${mark}`) : printable(p.value))) };
  const groups = [
    [col(approvalRate, (p) => ratioPercent(p.approvalRate)), col(bookedAmount, (p) => exactMoney(p.bookedAmount))],
    [col(steadyNpl, (p) => (none(p) ? noRatio(s.ascii) : p.overTarget ? s.c.red(ratioPercent(p.steadyStateNpl)) : ratioPercent(p.steadyStateNpl))), col(lossRate, (p) => (none(p) ? noRatio(s.ascii) : ratioPercent(p.lossRate))),
    col(netMargin, (p) => (none(p) ? noRatio(s.ascii) : ratioPercent(p.netMargin))), col(netIncome, (p) => exactMoney(p.netIncome))],
  ];
  // The mark's legend only where some value carries the mark.
  const legend = points.some((p) => p.overTarget) ? [s.c.dim(l.overLegend(mark, ratioPercent(target)))] : [];
  return [fitColumns(key, groups, s.width, s.c, s.ascii), ...legend].join("\n");
}

const UNDER = { glyph: { unicode: "█", ascii: "#" }, colour: (c: ChalkInstance) => c.cyan };
const OVER = { glyph: { unicode: "▓", ascii: "X" }, colour: (c: ChalkInstance) => c.red };
const RULE = { glyph: { unicode: "┊", ascii: ":" }, colour: (c: ChalkInstance) => c.yellow };

/** Peak NPL per value as bars, the part over the target drawn apart and the target a line across; the note adds the booked amount. */
export function sweepChart(points: readonly SweepPoint[], target: string, l: PortfolioLabels, s: TableStyle): string {
  const limit = new Decimal(target);
  const mark = overMark(s.ascii);
  const bars = points.map((p) => {
    const npl = new Decimal(p.steadyStateNpl);
    return {
      label: printable(p.value),
      segments: [
        { value: Decimal.max(Decimal.min(npl, limit), 0), ...UNDER },
        { value: Decimal.max(npl.minus(limit), 0), ...OVER },
      ],
      note: l.sweepNote(`${ratioPercent(p.steadyStateNpl)}${p.overTarget ? ` ${mark}` : ""}`, thousands(p.bookedAmount)),
    };
  });
  const draw = (part: typeof UNDER) => part.colour(s.c)(s.ascii ? part.glyph.ascii : part.glyph.unicode);
  const lines = renderBars(bars, { width: CHART_WIDTH, ascii: s.ascii, chalk: s.c }, { value: limit, ...RULE });
  return [s.c.cyan(l.sweepChartTitle), ...lines, l.sweepChartLegend(draw(UNDER), draw(OVER), draw(RULE), ratioPercent(target))].join("\n");
}
