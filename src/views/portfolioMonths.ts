import type { ChalkInstance } from "chalk";
import type { BandTotals, Book, MonthRow } from "../engine/portfolio/result.js";
import { fitColumns, type Column } from "./fitColumns.js";
import type { PortfolioLabels } from "./portfolioLabels.js";
import { Decimal } from "../engine/decimal.js";
import { count, noRatio, ratioPercent, thousands } from "./portfolioFormat.js";
import { printable } from "./printable.js";

/** How the month and band tables are drawn: the width to fit, borders in ASCII, chalk. */
export interface TableStyle {
  readonly width: number;
  readonly ascii: boolean;
  readonly c: ChalkInstance;
  /** --runs: above 1, counts are means (shown to one decimal). */
  readonly runs: number;
}

const right = <T>(header: string, rows: readonly T[], cell: (row: T) => string): Column => ({ header, align: "right", cells: rows.map(cell) });

/**
 * A book month by month. Money in thousands so the balances fit 80 columns;
 * when the columns do not all fit, the balances, the income flows and the
 * costs are two or three tables, each led by the month.
 */
export function monthsSection(book: Book, l: PortfolioLabels, s: TableStyle): string {
  const m: readonly MonthRow[] = book.months;
  const [month, active, outstanding, dpd1to30, dpd31to60, dpd61to90, dpd90plus, npl, chargeOffs, recoveries, interest, funding, net] = l.months;
  const balances = [
    right(active, m, (r) => count(r.active, s.runs > 1)),
    right(outstanding, m, (r) => thousands(r.outstanding)),
    right(dpd1to30, m, (r) => thousands(r.dpd1to30)),
    right(dpd31to60, m, (r) => thousands(r.dpd31to60)),
    right(dpd61to90, m, (r) => thousands(r.dpd61to90)),
    right(dpd90plus, m, (r) => thousands(r.dpd90plus)),
    right(npl, m, (r) => (new Decimal(r.outstanding).isZero() ? noRatio(s.ascii) : ratioPercent(r.npl))),
  ];
  const flows = [
    right(chargeOffs, m, (r) => thousands(r.chargeOffs)),
    right(recoveries, m, (r) => thousands(r.recoveries)),
    right(interest, m, (r) => thousands(r.interestIncome)),
    right(l.monthVat, m, (r) => thousands(r.vat)),
  ];
  const costs = [
    right(funding, m, (r) => thousands(r.fundingCost)),
    right(l.monthOpex, m, (r) => thousands(r.operatingCost)),
    right(net, m, (r) => thousands(r.netIncome)),
  ];
  const table = fitColumns(right(month, m, (r) => String(r.month)), [balances, flows, costs], s.width, s.c, s.ascii);
  return [s.c.cyan(l.monthsTitle(l.role[book.role])), table, s.c.dim(l.thousandsNote)].join("\n");
}

/** A book by risk band: the funnel, its losses and income, then the policy's PD beside the world's (the calibration gap). */
export function bandsSection(book: Book, l: PortfolioLabels, s: TableStyle): string {
  const b: readonly BandTotals[] = book.bands;
  const [band, approved, booked, bookedAmount, meanPd, expectedLoss, simulatedLoss, interest, net, margin] = l.bands;
  const funnel = [
    right(approved, b, (r) => count(r.approved)), // the same in every run: the decision draws nothing
    right(booked, b, (r) => count(r.booked, s.runs > 1)),
    right(bookedAmount, b, (r) => thousands(r.bookedAmount)),
  ];
  const results = [
    right(expectedLoss, b, (r) => thousands(r.expectedLoss)),
    right(simulatedLoss, b, (r) => thousands(r.simulatedLoss)),
    right(interest, b, (r) => thousands(r.interestIncome)),
    right(net, b, (r) => thousands(r.netIncome)),
    right(margin, b, (r) => (new Decimal(r.bookedAmount).isZero() ? noRatio(s.ascii) : ratioPercent(r.netMargin))),
    right(l.bandLossRate, b, (r) => (new Decimal(r.bookedAmount).isZero() ? noRatio(s.ascii) : ratioPercent(r.lossRate))),
  ];
  const [worldPd, gap, defaultRate] = l.calibration;
  const calibration = [
    right(meanPd, b, (r) => ratioPercent(r.meanPd)),
    right(worldPd, b, (r) => ratioPercent(r.worldPd)),
    right(gap, b, (r) => ratioPercent(r.calibrationGap)),
    right(defaultRate, b, (r) => ratioPercent(r.defaultRate)),
  ];
  const key: Column = { header: band, align: "left", cells: b.map((r) => printable(r.band)) };
  return [s.c.cyan(l.bandsTitle(l.role[book.role])), fitColumns(key, [funnel, results, calibration], s.width, s.c, s.ascii), s.c.dim(l.thousandsNote)].join("\n");
}
