import type { ChalkInstance } from "chalk";
import type { FitReport } from "../app/scorecard/fitReport.js";
import { DIAGNOSTICS_LABELS } from "./diagnosticsLabels.js";
import { fitColumns, type Column } from "./fitColumns.js";
import type { Lang } from "./lang.js";
import { wrapText } from "./wrapText.js";

/** A p-value as the table prints it: 4 decimals, a smaller one as <0.0001. */
export const pText = (p: number): string => (p < 0.0001 ? "<0.0001" : p.toFixed(4));

const right = (header: string, cells: readonly string[]): Column => ({ header, align: "right", cells });

/**
 * The model's diagnostics for people: a table of the intercept and each kept
 * characteristic (coefficient, SE, z, p, VIF; split into several tables led by
 * the name when the terminal is narrow), the correlated WOE pairs, and with
 * --select forward its steps.
 */
export function fitDiagnosticsView(r: FitReport, lang: Lang, c: ChalkInstance, ascii: boolean, columns: number): string[] {
  const l = DIAGNOSTICS_LABELS[lang];
  const m = r.model;
  const rows = [
    { name: l.intercept, coefficient: m.intercept, standardError: m.interceptStandardError, z: m.interceptZ, pValue: m.interceptPValue, vif: undefined as number | null | undefined },
    ...m.coefficients.map((k) => ({ ...k, name: `${k.id} ${k.field}` })),
  ];
  const [, coefficient, se, z, p, vif] = l.coefficientHead as [string, string, string, string, string, string];
  const key: Column = { header: "", align: "left", cells: rows.map((x) => x.name) };
  const table = fitColumns(
    key,
    [
      [right(coefficient, rows.map((x) => x.coefficient.toFixed(4))), right(se, rows.map((x) => x.standardError.toFixed(4)))],
      [right(z, rows.map((x) => x.z.toFixed(2))), right(p, rows.map((x) => pText(x.pValue)))],
      [right(vif, rows.map((x) => (x.vif === undefined ? "–" : x.vif === null ? (ascii ? "inf" : "∞") : x.vif.toFixed(2))))],
    ],
    columns,
    c,
    ascii,
  );
  const out = [...wrapText(l.coefficientsTitle, columns, "  "), table, ""];
  const limit = 0.7;
  const fieldOf = new Map(m.coefficients.map((k) => [k.id, k.field]));
  if (r.diagnostics.correlated.length === 0) out.push(...wrapText(l.noneCorrelated(limit), columns, "  "));
  else out.push(...wrapText(l.correlatedTitle(limit), columns, "  "), ...r.diagnostics.correlated.map((x) => `  ${x.a} ${fieldOf.get(x.a)} – ${x.b} ${fieldOf.get(x.b)}  r ${x.r.toFixed(4)}`));
  const s = r.selection;
  if (s.method === "forward") {
    const [step, entered, sp, m2ll, aic] = l.selectionHead as [string, string, string, string, string];
    const all = [{ name: l.interceptOnly, p: "", ...s.start }, ...s.steps.map((x) => ({ name: `${x.id} ${x.field}`, p: pText(x.pValue), ...x }))];
    const steps = fitColumns(
      right(step, all.map((_, i) => String(i))),
      [[{ header: entered, align: "left", cells: all.map((x) => x.name) }, right(sp, all.map((x) => x.p))], [right(m2ll, all.map((x) => x.minus2LogLikelihood.toFixed(2))), right(aic, all.map((x) => x.aic.toFixed(2)))]],
      columns,
      c,
      ascii,
    );
    out.push("", ...wrapText(l.selectionTitle(s.entryP), columns, "  "), steps);
  }
  return out;
}
