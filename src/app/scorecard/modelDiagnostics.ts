import { correlatedPairs, CORRELATION_LIMIT } from "../../engine/scorecardFit/correlation.js";
import { aic, minus2LogLikelihood } from "../../engine/scorecardFit/logLikelihood.js";
import type { LogisticModel } from "../../engine/scorecardFit/logisticFit.js";
import { varianceInflation } from "../../engine/scorecardFit/vif.js";
import { waldTests } from "../../engine/scorecardFit/waldTests.js";
import { UsageError } from "../errors.js";
import { fixed } from "./labelledChecks.js";
import { pValue4 } from "./selectCharacteristics.js";

/** One kept characteristic's coefficient with its Wald test and VIF (null: the other columns explain it exactly). */
export interface CoefficientReport {
  readonly id: string;
  readonly field: string;
  readonly coefficient: number;
  readonly standardError: number;
  readonly z: number;
  readonly pValue: number;
  readonly vif: number | null;
}

/** The model's diagnostics: the intercept's Wald test, each coefficient's, the fit, and the correlated WOE columns. */
export interface ModelDiagnostics {
  readonly intercept: { readonly standardError: number; readonly z: number; readonly pValue: number };
  readonly coefficients: readonly CoefficientReport[];
  readonly minus2LogLikelihood: number;
  readonly aic: number;
  readonly correlated: readonly { readonly a: string; readonly b: string; readonly r: number }[];
}

/**
 * The diagnostics of a fitted model on its train WOE columns: standard
 * errors, Wald z and p-values (intercept included), VIF per characteristic,
 * −2 log-likelihood and AIC, and the pairs of columns with |r| > 0.7 (by id).
 */
export function modelDiagnostics(kept: readonly { readonly id: string; readonly field: string }[], columns: readonly Float64Array[], y: ArrayLike<number>, model: LogisticModel): ModelDiagnostics {
  const tests = waldTests(columns, y, model);
  // A converged fit has a positive-definite XᵀWX; a singular one here would make every figure meaningless.
  if (!tests) throw new UsageError("fit: the information matrix XᵀWX is singular at the fitted coefficients; no standard errors (a characteristic is a copy of the others)");
  const vif = varianceInflation(columns);
  const m2ll = minus2LogLikelihood(columns, y, model);
  const wald = (t: { standardError: number; z: number; pValue: number }) => ({ standardError: fixed(t.standardError, 6), z: fixed(t.z), pValue: pValue4(t.pValue) });
  return {
    intercept: wald(tests.intercept),
    coefficients: kept.map((c, j) => {
      const v = vif[j] as number;
      return { id: c.id, field: c.field, coefficient: fixed(model.coefficients[j] as number), ...wald(tests.coefficients[j] as (typeof tests.coefficients)[number]), vif: Number.isFinite(v) ? fixed(v) : null };
    }),
    minus2LogLikelihood: fixed(m2ll),
    aic: fixed(aic(m2ll, columns.length + 1)),
    correlated: correlatedPairs(columns, CORRELATION_LIMIT).map((p) => ({ a: (kept[p.a] as { id: string }).id, b: (kept[p.b] as { id: string }).id, r: fixed(p.r) })),
  };
}
