// The logistic form of a world: logit PD = intercept + Σ coefficient × term.
// Plain numbers in and out, so examples/generate-labelled.mjs draws its
// labels with this very function (one code for the "true model").

/** One term: (value − center), or ln(value ÷ logOver); a missing value is `missingAs`, or adds nothing without one. */
export interface LogisticTerm {
  readonly field: string;
  readonly coefficient: number;
  readonly center?: number;
  readonly logOver?: number;
  readonly missingAs?: number;
}

export interface LogisticModel {
  readonly intercept: number;
  readonly terms: readonly LogisticTerm[];
}

/** The model's logit for the values `valueOf` reads (dsr included). */
export function logisticLogit(model: LogisticModel, valueOf: (field: string) => number | undefined): number {
  let logit = model.intercept;
  for (const t of model.terms) {
    const value = valueOf(t.field) ?? t.missingAs;
    if (value === undefined) continue;
    const term = t.logOver !== undefined ? Math.log(value / t.logOver) : value - (t.center ?? 0);
    logit += t.coefficient * term;
  }
  return logit;
}

/** PD = 1 ÷ (1 + e^−logit). */
export const logisticPd = (logit: number): number => 1 / (1 + Math.exp(-logit));
