import type { LogisticModel } from "./logisticFit.js";
import { symmetricInverse } from "./symmetricInverse.js";

/** Standard errors of a logistic model's intercept and coefficients. */
export interface StandardErrors {
  readonly intercept: number;
  readonly coefficients: readonly number[];
}

/**
 * The asymptotic standard errors of maximum likelihood: the square roots of
 * the diagonal of (XᵀWX)⁻¹, the information matrix at the fitted
 * coefficients (X with a leading column of ones, W = p(1 − p)). Undefined
 * when XᵀWX is singular there. Sums run in record order (same bits each run).
 */
export function standardErrors(columns: readonly ArrayLike<number>[], y: ArrayLike<number>, model: LogisticModel): StandardErrors | undefined {
  const k = columns.length + 1;
  const information = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const row = new Float64Array(k);
  row[0] = 1;
  for (let i = 0; i < y.length; i++) {
    let eta = model.intercept;
    for (let j = 1; j < k; j++) eta += (model.coefficients[j - 1] as number) * (row[j] = (columns[j - 1] as ArrayLike<number>)[i] as number);
    const p = 1 / (1 + Math.exp(-eta));
    const w = p * (1 - p);
    for (let a = 0; a < k; a++) {
      const line = information[a] as number[];
      for (let b = 0; b <= a; b++) line[b] = (line[b] as number) + w * (row[a] as number) * (row[b] as number);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) (information[b] as number[])[a] = (information[a] as number[])[b] as number;
  const inverse = symmetricInverse(information);
  if (!inverse) return undefined;
  const se = inverse.map((r, j) => Math.sqrt(r[j] as number));
  return se.every((s) => s > 0) ? { intercept: se[0] as number, coefficients: se.slice(1) } : undefined;
}
