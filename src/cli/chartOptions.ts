import type { Command } from "commander";
import { wantsAscii } from "../views/wantsAscii.js";
import type { TableStyle } from "../views/quoteTable.js";
import type { Lang } from "../views/lang.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./usageError.js";

/** Bars this wide fit an 80-column terminal beside their labels and notes. */
const CHART_WIDTH = 40;

export function addChartOptions(command: Command): Command {
  return command.option("--chart", "draw bars instead of the table").option("--ascii", "plain ASCII: table borders and chart bars (automatic when the locale is not UTF-8)");
}

/**
 * The chart and border part of a table style. A chart and --ascii belong to
 * the table format only; the chart's drawing code is loaded only here.
 */
export async function chartStyle(io: CliIo, raw: { readonly chart?: boolean; readonly ascii?: boolean }, format: string, lang: Lang, colorLevel: 0 | 1 | 2 | 3): Promise<Partial<TableStyle>> {
  if (raw.chart && format !== "table") throw new UsageError(`--chart: draws the table format only, not ${format}`);
  if (raw.ascii && format !== "table") throw new UsageError(`--ascii: draws the table format only, not ${format}`);
  const ascii = wantsAscii(raw.ascii === true, io.env);
  if (!raw.chart) return { ascii };
  const chart = { ascii, width: CHART_WIDTH };
  const [{ renderQuoteChart }, { renderCompareChart }] = await Promise.all([import("../views/quoteChart.js"), import("../views/compareChart.js")]);
  return {
    ascii,
    chart,
    drawChart: (q) => renderQuoteChart(q, lang, { ...chart, colorLevel }),
    drawCompareChart: (offers) => renderCompareChart(offers, lang, { ...chart, colorLevel }),
  };
}
