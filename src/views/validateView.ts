import { Chalk } from "chalk";
import type { Stability, ValidateReport } from "../app/scorecard/validateReport.js";
import { asciiText } from "./asciiText.js";
import { compactTable } from "./compactTable.js";
import { printableData } from "./printable.js";
import { SCORECARD_LABELS } from "./scorecardLabels.js";
import { PERFORMANCE_LABELS } from "./performanceLabels.js";
import { performanceLines } from "./performanceView.js";
import { calibrationView, metricsTable } from "./scorecardTables.js";
import { prose } from "./fitView.js";
import { targetText } from "./targetText.js";
import type { ViewStyle } from "./viewStyle.js";
import { DEFAULT_COLUMNS } from "./wrapText.js";

/** The validate report as JSON (schema/validate-report.schema.json). */
export function renderValidateJson(report: ValidateReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The validate report for people: KS/AUC/Gini, calibration, and with a baseline the PSI of the score and of each characteristic. */
export function renderValidateTable(report: ValidateReport, style: ViewStyle): string {
  // Ids, fields, bin labels and band names come from the policy and the data: shown escaped.
  const r = printableData(report);
  const l = SCORECARD_LABELS[style.lang];
  const ascii = style.ascii === true;
  const chalk = new Chalk({ level: style.colorLevel });
  const columns = style.columns ?? DEFAULT_COLUMNS;
  const out: string[] = [...prose(l.validateHead(r.records.used, r.policy, targetText(r, style.lang)), columns, "  "), ""];
  out.push(metricsTable([[l.all, r.metrics]], l, ascii), "");
  out.push(...prose(l.calibrationOn(l.all), columns, "  "), calibrationView(r.calibration, l, ascii));
  out.push("", ...performanceLines(r, PERFORMANCE_LABELS[style.lang], l.all, ascii, columns));
  const s = r.stability;
  if (s) {
    const flagged = (x: Stability) => (x.flag === "stable" ? l.flags.stable : x.flag === "watch" ? chalk.yellow(l.flags.watch) : chalk.red(l.flags.shifted));
    const table = compactTable(l.stabilityRows, ["left", "right", "left"], ascii);
    table.push([l.score, s.score.psi.toFixed(4), flagged(s.score)]);
    table.push([PERFORMANCE_LABELS[style.lang].byDecile, s.psiByScoreDecile.psi.toFixed(4), flagged(s.psiByScoreDecile)]);
    for (const c of s.characteristics) table.push([`${c.id} ${c.field}`, c.psi.toFixed(4), flagged(c)]);
    out.push("", ...prose(l.stabilityHead(s.baseline.records), columns, "  "), table.toString());
  }
  // In ASCII the signs too: bin ranges, dashes, the header's dot (the report's JSON keeps them).
  const text = `${out.join("\n")}\n`;
  return ascii ? asciiText(text) : text;
}
