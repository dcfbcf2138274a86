import type { LogisticModel } from "./logisticFit.js";
import { twoSidedP } from "./normal.js";
import { standardErrors } from "./standardErrors.js";

/** One parameter's Wald test: its standard error, z = estimate ÷ SE and the two-sided p-value. */
export interface WaldTest {
  readonly standardError: number;
  readonly z: number;
  readonly pValue: number;
}

const test = (estimate: number, standardError: number): WaldTest => {
  const z = estimate / standardError;
  return { standardError, z, pValue: twoSidedP(z) };
};

/** The Wald tests of a fitted logistic model's intercept and coefficients; undefined when XᵀWX is singular. */
export function waldTests(columns: readonly ArrayLike<number>[], y: ArrayLike<number>, model: LogisticModel): { intercept: WaldTest; coefficients: WaldTest[] } | undefined {
  const se = standardErrors(columns, y, model);
  if (!se) return undefined;
  return { intercept: test(model.intercept, se.intercept), coefficients: model.coefficients.map((b, j) => test(b, se.coefficients[j] as number)) };
}
