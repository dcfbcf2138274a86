import type { ChalkInstance } from "chalk";
import { BELOW_CUTOFF, type CalibrationRow } from "../engine/scorecardFit/calibrationTable.js";
import type { Discrimination } from "../app/scorecard/scoredRecords.js";
import { Decimal } from "../engine/decimal.js";
import { renderBars, CHART_WIDTH } from "./barChart.js";
import { compactTable } from "./compactTable.js";
import type { SCORECARD_LABELS } from "./scorecardLabels.js";

type Labels = (typeof SCORECARD_LABELS)["en"] | (typeof SCORECARD_LABELS)["zh"];
const f4 = (x: number) => x.toFixed(4);
const f6 = (x: number | null) => (x === null ? "–" : x.toFixed(6));

/** KS, AUC and Gini, a row per part (train, holdout, or all). */
export function metricsTable(rows: readonly (readonly [string, Discrimination])[], l: Labels, ascii: boolean): string {
  const table = compactTable(l.metricsHead, ["left", "right", "right", "right", "right", "right"], ascii);
  for (const [name, m] of rows) table.push([name, String(m.records), String(m.bads), f4(m.ks), f4(m.auc), f4(m.gini)]);
  return table.toString();
}

/** Predicted against observed bad rate per band. */
export function calibrationView(rows: readonly CalibrationRow[], l: Labels, ascii: boolean): string {
  const table = compactTable(l.calibrationHead, ["left", "right", "right", "right", "right", "right"], ascii);
  for (const r of rows) table.push([r.minScore === null && r.band === BELOW_CUTOFF ? l.belowCutoff : r.band, r.minScore === null ? "–" : String(r.minScore), String(r.records), String(r.bads), f6(r.predicted), f6(r.observed)]);
  return table.toString();
}

/** IV as bars, largest first (policy order on a tie); a dropped characteristic says so. */
export function ivBars(items: readonly { readonly label: string; readonly iv: number; readonly note: string }[], chalk: ChalkInstance, ascii: boolean): string[] {
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.iv - a.item.iv || a.i - b.i).map((x) => x.item);
  return renderBars(
    sorted.map((s) => ({
      label: s.label,
      note: s.note,
      segments: [{ value: new Decimal(Math.max(0, s.iv)), glyph: { unicode: "█", ascii: "#" }, colour: (c: ChalkInstance) => c.cyan }],
    })),
    { width: CHART_WIDTH, ascii, chalk },
  );
}
