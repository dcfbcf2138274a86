import { Chalk } from "chalk";
import type { PortfolioResult } from "../engine/portfolio/result.js";
import { PORTFOLIO_LABELS, type PortfolioLabels } from "./portfolioLabels.js";
import { monthsChart } from "./portfolioChart.js";
import { bandsSection, monthsSection, type TableStyle } from "./portfolioMonths.js";
import { ratioPercent } from "./portfolioFormat.js";
import { frontierTable, sweepChart } from "./portfolioSweep.js";
import { swapSection } from "./portfolioSwap.js";
import { rollSection, vintageSection } from "./portfolioHistory.js";
import { totalsSection } from "./portfolioTotals.js";
import { printable } from "./printable.js";
import type { ViewStyle } from "./viewStyle.js";

/** Tables fit the terminal when it says how wide it is, else 80 columns. */
const DEFAULT_WIDTH = 80;

/** With --sweep: the frontier and its chart; each value's book is left to json and csv (the title says so). */
function sweepPage(r: PortfolioResult, l: PortfolioLabels, s: TableStyle): string[] {
  const sweep = r.sweep;
  if (!sweep) return [];
  const policy = r.books[0] ? [l.policy(l.role.champion, printable(r.books[0].policy))] : [];
  return [
    [s.c.cyan(l.sweepTitle(printable(sweep.path), sweep.points.length)), ...policy, frontierTable(sweep.points, r.nplTarget, l, s), l.firstOver(sweep.firstOverTarget === null ? null : printable(sweep.firstOverTarget))].join("\n"),
    sweepChart(sweep.points, r.nplTarget, l, s),
  ];
}

/** Without --sweep: totals side by side, then each book's months and bands, the swap set, and each book's chart. */
function booksPage(r: PortfolioResult, l: PortfolioLabels, s: TableStyle): string[] {
  return [
    totalsSection(r.books, r.runs, l, s, r.originateMonths > 1),
    ...r.books.map((b) => monthsSection(b, l, s)),
    ...r.books.map((b) => bandsSection(b, l, s)),
    ...r.books.map((b) => vintageSection(b, l, s)),
    ...r.books.map((b) => rollSection(b, l, s)),
    ...(r.swap ? [swapSection(r.swap, l, s)] : []),
    ...r.books.map((b) => monthsChart(b, l, s)),
  ];
}

/** `portfolio` for people at a terminal: sections separated by a blank line, in the style's language. */
export function renderPortfolioTable(r: PortfolioResult, style: ViewStyle): string {
  const l = PORTFOLIO_LABELS[style.lang];
  const s: TableStyle = { c: new Chalk({ level: style.colorLevel }), ascii: style.ascii === true, width: style.columns ?? DEFAULT_WIDTH, runs: r.runs };
  const head = [s.c.bold(l.title(r.horizon, r.runs, r.seed, ratioPercent(r.nplTarget))), l.world(printable(r.world)), ...(r.invalid > 0 ? [s.c.yellow(l.invalid(r.invalid))] : [])];
  const sections = r.sweep ? sweepPage(r, l, s) : booksPage(r, l, s);
  return `${[head.join("\n"), ...sections].join("\n\n")}\n`;
}
