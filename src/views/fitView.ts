import { Chalk, type ChalkInstance } from "chalk";
import type { FitReport } from "../app/scorecard/fitReport.js";
import type { BinReport, CharacteristicReport } from "../app/scorecard/characteristicReport.js";
import { asciiText } from "./asciiText.js";
import { binningParts } from "./binningParts.js";
import { compactTable } from "./compactTable.js";
import { fitDiagnosticsView } from "./fitDiagnosticsView.js";
import { printableData } from "./printable.js";
import { drawnWidth } from "./layout.js";
import { fieldsTable } from "./fieldsTable.js";
import { targetText } from "./targetText.js";
import { labelLines } from "./labelLines.js";
import { textWidth } from "./textWidth.js";
import { SCORECARD_LABELS } from "./scorecardLabels.js";
import { PERFORMANCE_LABELS } from "./performanceLabels.js";
import { performanceLines } from "./performanceView.js";
import { calibrationView, ivBars, metricsTable } from "./scorecardTables.js";
import type { ViewStyle } from "./viewStyle.js";
import { DEFAULT_COLUMNS, wrapText } from "./wrapText.js";

/** The fit report as JSON, the fitted policy under `policy` (schema/fit-report.schema.json). */
export function renderFitJson(report: FitReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A bin's range on two lines, `min–` over `max`: for a table too wide with the range on one. */
const twoLines = (b: BinReport) => (b.min !== undefined && b.max !== undefined ? `${b.min}–\n${b.max}` : b.label);

function binsTable(c: CharacteristicReport, l: (typeof SCORECARD_LABELS)["en" | "zh"], ascii: boolean, columns: number): string {
  // ASCII before drawing: ">=" is wider than "≥", the table must be drawn with it.
  const draw = (named: (b: BinReport) => string) => {
    const label = ascii ? (b: BinReport) => asciiText(named(b)) : named;
    const table = compactTable(l.binHead, ["left", "right", "right", "right", "right", "right", "right", "right"], ascii);
    for (const b of c.bins) table.push([b.missing ? l.missing : label(b), String(b.records), b.share.toFixed(4), String(b.bads), b.badRate.toFixed(4), b.woe.toFixed(4), b.iv.toFixed(4), b.points === null ? "–" : String(b.points)]);
    return table.toString();
  };
  const oneLine = draw((b) => b.label);
  if (drawnWidth(oneLine) <= columns) return oneLine;
  // Too wide: a range on two lines; a set's levels on as many as fit the columns left (at least 8).
  const over = drawnWidth(oneLine) - columns;
  const widest = Math.max(...c.bins.map((b) => textWidth(b.label)));
  return draw((b) => (b.levels ? labelLines(b.label, Math.max(8, widest - over)) : twoLines(b)));
}

/** A prose line wrapped to the terminal, its continuation indented; the words coloured, not the indent. */
export function prose(text: string, columns: number, indent: string, colour?: ChalkInstance): string[] {
  const lines = wrapText(text, columns, indent);
  return colour ? lines.map((line) => line.replace(/^(\s*)(.*)$/, (_, lead: string, words: string) => lead + colour(words))) : lines;
}

/** The fit report for people: IV bars, each characteristic's bins, the model, KS/AUC/Gini, calibration, warnings. */
export function renderFitTable(report: FitReport, style: ViewStyle): string {
  // Ids, fields, bin labels and band names come from the policy and the data: shown escaped.
  const r = printableData(report);
  const l = SCORECARD_LABELS[style.lang];
  const ascii = style.ascii === true;
  const chalk = new Chalk({ level: style.colorLevel });
  const columns = style.columns ?? DEFAULT_COLUMNS;
  const out: string[] = [];
  out.push(...prose(l.fitHead(r.records.used, r.seed, targetText(r, style.lang), r.binning.split), columns, "  "), `  ${l.part(l.train, r.metrics.train.records, r.metrics.train.bads)} · ${l.part(l.holdout, r.metrics.holdout.records, r.metrics.holdout.bads)}`, "");
  const binning = binningParts(r.binning);
  if (binning) out.push(...prose(l.binning(binning), columns, "  "), "");
  out.push(...fieldsTable(r, style.lang, ascii));
  out.push(...prose(l.ivChart(r.binning.ivMin), columns, "  "));
  out.push(...ivBars(r.characteristics.map((c) => ({ label: `${c.id} ${c.field}`, iv: c.iv, note: `${c.iv.toFixed(4)}${c.kept ? "" : `  ${l.dropped}`}` })), chalk, ascii), "");
  for (const c of r.characteristics) {
    const coefficient = c.coefficient === undefined ? `  ${l.dropped}` : `  ${l.coefficient} ${c.coefficient.toFixed(4)}`;
    out.push(chalk.bold(l.characteristic(c.id, c.field, c.iv.toFixed(4))) + coefficient, ...prose(`  ${l.trend(c.trend, c.trendFrom)}`, columns, "    "), binsTable(c, l, ascii, columns), "");
  }
  const refitted = !r.warnings.some((w) => w.kind === "scalingKept");
  out.push(...prose(l.model(l.method, r.model.iterations, r.model.converged, r.model.intercept.toFixed(6)), columns, "  "));
  out.push(...prose(l.scaling(r.base, r.scaling.points, r.scaling.odds, r.scaling.pdo, refitted), columns, "  "), "");
  out.push(...fitDiagnosticsView(r, style.lang, chalk, ascii, columns), "");
  out.push(metricsTable([[l.train, r.metrics.train], [l.holdout, r.metrics.holdout]], l, ascii), "");
  out.push(...prose(l.calibrationOn(l.holdout), columns, "  "), calibrationView(r.calibration, l, ascii));
  out.push("", ...performanceLines(r, PERFORMANCE_LABELS[style.lang], l.holdout, ascii, columns));
  if (r.warnings.length) out.push("", l.warnings, ...r.warnings.flatMap((w) => prose(`  ${l.warning(w)}`, columns, "    ", chalk.yellow)));
  // In ASCII the signs too: bin ranges, dashes, the header's dot (the report's JSON keeps them).
  const text = `${out.join("\n")}\n`;
  return ascii ? asciiText(text) : text;
}
