import type { Command } from "commander";
import { wantsAscii } from "../views/barChart.js";
import type { TableStyle } from "../views/quoteTable.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./usageError.js";

/** Bars this wide fit an 80-column terminal beside their labels and notes. */
const CHART_WIDTH = 40;

export function addChartOptions(command: Command): Command {
  return command.option("--chart", "draw bars instead of the table").option("--ascii", "draw the chart in plain ASCII");
}

/** The chart style asked for, or undefined; a chart belongs to the table format only. */
export function chartStyle(io: CliIo, raw: { readonly chart?: boolean; readonly ascii?: boolean }, format: string): TableStyle["chart"] {
  if (!raw.chart) return undefined;
  if (format !== "table") throw new UsageError(`--chart: draws the table format only, not ${format}`);
  return { ascii: wantsAscii(raw.ascii === true, io.env), width: CHART_WIDTH };
}
