import type { SwapCell } from "../engine/portfolio/result.js";
import { fitColumns, type Column } from "./fitColumns.js";
import type { PortfolioLabels } from "./portfolioLabels.js";
import { count, exactMoney, ratioPercent } from "./portfolioFormat.js";
import type { TableStyle } from "./portfolioMonths.js";

/**
 * The swap set: who each policy approves, and what each books and loses on
 * them. Exact money; the champion's and the challenger's columns stay
 * together when the table has to be split to fit.
 */
export function swapSection(cells: readonly SwapCell[], l: PortfolioLabels, s: TableStyle): string {
  const [who, n, meanPd, championBooked, championLoss, challengerBooked, challengerLoss] = l.swap;
  const col = (header: string, cell: (r: SwapCell) => string): Column => ({ header, align: "right", cells: cells.map(cell) });
  const key: Column = { header: who, align: "left", cells: cells.map((r) => l.swapCell[r.cell]) };
  const groups = [
    [col(n, (r) => count(r.count)), col(meanPd, (r) => (r.meanPd === null ? "-" : ratioPercent(r.meanPd)))],
    [col(championBooked, (r) => exactMoney(r.champion.bookedAmount)), col(championLoss, (r) => exactMoney(r.champion.simulatedLoss))],
    [col(challengerBooked, (r) => exactMoney(r.challenger.bookedAmount)), col(challengerLoss, (r) => exactMoney(r.challenger.simulatedLoss))],
  ];
  return [s.c.cyan(l.swapTitle), fitColumns(key, groups, s.width, s.c, s.ascii)].join("\n");
}
