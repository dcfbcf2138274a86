import { aic, minus2LogLikelihood } from "./logLikelihood.js";
import { fitLogistic, type LogisticModel } from "./logisticFit.js";
import { waldTests } from "./waldTests.js";

/** A candidate enters only with a Wald p-value at most this (fixed: the usual 5% level). */
export const ENTRY_P = 0.05;

/** One step of forward selection: the column that entered, its p-value then, and the model's fit with it. */
export interface SelectionStep {
  readonly column: number;
  readonly pValue: number;
  readonly minus2LogLikelihood: number;
  readonly aic: number;
}

export interface Selection {
  /** The columns chosen, in the order they entered. */
  readonly selected: readonly number[];
  readonly steps: readonly SelectionStep[];
  /** The intercept-only model's fit, where the steps start. */
  readonly start: { readonly minus2LogLikelihood: number; readonly aic: number };
  /** Each column's p-value the last time it was tried (undefined: its fit did not converge, or XᵀWX was singular). */
  readonly lastP: readonly (number | undefined)[];
}

const measured = (cols: readonly Float64Array[], y: ArrayLike<number>, model: LogisticModel) => {
  const m2ll = minus2LogLikelihood(cols, y, model);
  return { minus2LogLikelihood: m2ll, aic: aic(m2ll, cols.length + 1) };
};

/**
 * Forward selection by Wald p-value: from the intercept alone, each step
 * fits the model with each remaining column added and takes the one whose
 * coefficient has the smallest p-value (a tie: the earlier column); it stops
 * when none has p ≤ ENTRY_P or none is left. No column leaves once in.
 * A generator that yields after each fit, so a caller can stop it.
 */
export function* forwardSelection(columns: readonly Float64Array[], y: ArrayLike<number>, entryP = ENTRY_P): Generator<void, Selection, void> {
  const selected: number[] = [];
  const steps: SelectionStep[] = [];
  const lastP: (number | undefined)[] = columns.map(() => undefined);
  const intercept = fitLogistic([], y);
  const start = measured([], y, intercept);
  let current = intercept;
  for (;;) {
    let best: { column: number; pValue: number; model: LogisticModel } | undefined;
    for (let c = 0; c < columns.length; c++) {
      if (selected.includes(c)) continue;
      const cols = [...selected, c].map((j) => columns[j] as Float64Array);
      const model = fitLogistic(cols, y, [current.intercept, ...current.coefficients, 0]);
      const tests = model.converged ? waldTests(cols, y, model) : undefined;
      const pValue = tests?.coefficients.at(-1)?.pValue;
      lastP[c] = pValue;
      if (pValue !== undefined && (best === undefined || pValue < best.pValue)) best = { column: c, pValue, model };
      yield;
    }
    if (best === undefined || !(best.pValue <= entryP)) break;
    selected.push(best.column);
    current = best.model;
    steps.push({ column: best.column, pValue: best.pValue, ...measured(selected.map((j) => columns[j] as Float64Array), y, best.model) });
  }
  return { selected, steps, start, lastP };
}
