import { Chalk } from "chalk";
import type { FitReport } from "../app/scorecard/fitReport.js";
import type { CharacteristicReport } from "../app/scorecard/characteristicReport.js";
import { compactTable } from "./compactTable.js";
import { SCORECARD_LABELS } from "./scorecardLabels.js";
import { calibrationView, ivBars, metricsTable } from "./scorecardTables.js";
import type { ViewStyle } from "./viewStyle.js";

/** The fit report as JSON, the fitted policy under `policy` (schema/fit-report.schema.json). */
export function renderFitJson(report: FitReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function binsTable(c: CharacteristicReport, head: readonly string[], ascii: boolean): string {
  const table = compactTable(head, ["left", "right", "right", "right", "right", "right", "right", "right"], ascii);
  for (const b of c.bins) table.push([b.label, String(b.records), b.share.toFixed(4), String(b.bads), b.badRate.toFixed(4), b.woe.toFixed(4), b.iv.toFixed(4), b.points === null ? "–" : String(b.points)]);
  return table.toString();
}

/** The fit report for people: IV bars, each characteristic's bins, the model, KS/AUC/Gini, calibration, warnings. */
export function renderFitTable(r: FitReport, style: ViewStyle): string {
  const l = SCORECARD_LABELS[style.lang];
  const ascii = style.ascii === true;
  const chalk = new Chalk({ level: style.colorLevel });
  const out: string[] = [];
  out.push(l.fitHead(r.records.used, r.seed, r.target), `  ${l.part(l.train, r.metrics.train.records, r.metrics.train.bads)} · ${l.part(l.holdout, r.metrics.holdout.records, r.metrics.holdout.bads)}`, "");
  out.push(l.ivChart);
  out.push(...ivBars(r.characteristics.map((c) => ({ label: `${c.id} ${c.field}`, iv: c.iv, note: `${c.iv.toFixed(4)}${c.kept ? "" : `  ${l.dropped}`}` })), chalk, ascii), "");
  for (const c of r.characteristics) {
    const coefficient = c.coefficient === undefined ? `  ${l.dropped}` : `  ${l.coefficient} ${c.coefficient.toFixed(4)}`;
    out.push(chalk.bold(l.characteristic(c.id, c.field, c.iv.toFixed(4))) + coefficient, `  ${l.trend(c.trend, c.trendFrom)}`, binsTable(c, l.binHead, ascii), "");
  }
  out.push(l.model(l.method, r.model.iterations, r.model.converged, r.model.intercept.toFixed(6)));
  out.push(l.scaling(r.base, r.scaling.points, r.scaling.odds, r.scaling.pdo), "");
  out.push(metricsTable([[l.train, r.metrics.train], [l.holdout, r.metrics.holdout]], l, ascii), "");
  out.push(l.calibrationOn(l.holdout), calibrationView(r.calibration, l, ascii));
  if (r.warnings.length) out.push("", l.warnings, ...r.warnings.map((w) => `  ${chalk.yellow(l.warning(w))}`));
  return `${out.join("\n")}\n`;
}
