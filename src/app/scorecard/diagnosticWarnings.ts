import { CORRELATION_LIMIT } from "../../engine/scorecardFit/correlation.js";
import { ENTRY_P } from "../../engine/scorecardFit/forwardSelection.js";
import type { FitWarning } from "./fitWarnings.js";
import type { ModelDiagnostics } from "./modelDiagnostics.js";

/** A coefficient with a Wald p-value above this is not told apart from 0 at the usual 5% level. */
export const MAX_P = ENTRY_P;
/** A VIF above this: the other characteristics explain most of this one's WOE (the usual rule of thumb; some use 10). */
export const MAX_VIF = 5;

/**
 * The diagnostics' warnings, never a silent drop: per kept characteristic a
 * p-value over 0.05 and a VIF over 5, then each pair of WOE columns with
 * |r| > 0.7 (the wrong-signed coefficient and the few bads are fitWarnings').
 */
export function diagnosticWarnings(d: ModelDiagnostics): FitWarning[] {
  const out: FitWarning[] = [];
  for (const c of d.coefficients) {
    const name = `${c.id} ${c.field}`;
    if (c.pValue > MAX_P) out.push({ kind: "highP", id: c.id, field: c.field, pValue: c.pValue, limit: MAX_P, text: `${name}: p-value ${c.pValue} is above ${MAX_P}: its coefficient is not told apart from 0; consider dropping it` });
    if (c.vif === null || c.vif > MAX_VIF) out.push({ kind: "highVif", id: c.id, field: c.field, vif: c.vif, limit: MAX_VIF, text: `${name}: VIF ${c.vif === null ? "infinite" : c.vif.toFixed(2)} is above ${MAX_VIF}: the other characteristics explain most of its WOE, so its coefficient is unstable` });
  }
  const fields = new Map(d.coefficients.map((c) => [c.id, c.field]));
  for (const p of d.correlated) {
    const aField = fields.get(p.a) ?? "";
    const bField = fields.get(p.b) ?? "";
    out.push({ kind: "correlated", a: p.a, aField, b: p.b, bField, r: p.r, limit: CORRELATION_LIMIT, text: `${p.a} ${aField} and ${p.b} ${bField}: their WOE columns correlate at r = ${p.r.toFixed(4)} (|r| > ${CORRELATION_LIMIT}): they carry much the same information` });
  }
  return out;
}
