import { CholeskyDecomposition, Matrix } from "ml-matrix";

/** A fitted logistic regression: logit P(y = 1) = intercept + Σ coefficients[j] × x[j]. */
export interface LogisticModel {
  readonly intercept: number;
  readonly coefficients: readonly number[];
  readonly iterations: number;
  readonly converged: boolean;
}

/** The most Newton steps taken; a step that cannot be solved (a singular XᵀWX) stops sooner. */
export const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-10;

/**
 * Maximum likelihood by Newton–Raphson (iteratively reweighted least
 * squares): each step solves (XᵀWX) Δ = Xᵀ(y − p) by ml-matrix's Cholesky
 * decomposition, W = p(1 − p). It stops when no coefficient moves by more
 * than 1e-10 (a few steps on WOE inputs), or after 50. Sums run in record
 * order, so the same data give the same bits. `start` (intercept, then the
 * coefficients) starts the steps elsewhere than at 0: forward selection
 * starts each candidate from the model it extends, saving a few steps.
 */
export function fitLogistic(columns: readonly Float64Array[], y: ArrayLike<number>, start?: readonly number[]): LogisticModel {
  const k = columns.length + 1;
  const n = y.length;
  const beta = new Float64Array(k);
  if (start?.length === k) beta.set(start);
  const row = new Float64Array(k);
  row[0] = 1;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const hessian = new Float64Array(k * k);
    const gradient = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      let eta = beta[0] as number;
      for (let j = 1; j < k; j++) eta += (beta[j] as number) * (row[j] = (columns[j - 1] as Float64Array)[i] as number);
      const p = 1 / (1 + Math.exp(-eta));
      const w = p * (1 - p);
      const r = (y[i] as number) - p;
      for (let a = 0; a < k; a++) {
        gradient[a] = (gradient[a] as number) + (row[a] as number) * r;
        for (let b = 0; b <= a; b++) hessian[a * k + b] = (hessian[a * k + b] as number) + w * (row[a] as number) * (row[b] as number);
      }
    }
    const matrix = new Matrix(k, k);
    for (let a = 0; a < k; a++) for (let b = 0; b <= a; b++) (matrix.set(a, b, hessian[a * k + b] as number), matrix.set(b, a, hessian[a * k + b] as number));
    const cholesky = new CholeskyDecomposition(matrix);
    if (!cholesky.isPositiveDefinite()) return done(beta, iteration, false);
    const step = cholesky.solve(Matrix.columnVector(Array.from(gradient)));
    let largest = 0;
    for (let j = 0; j < k; j++) {
      const d = step.get(j, 0);
      beta[j] = (beta[j] as number) + d;
      largest = Math.max(largest, Math.abs(d));
    }
    if (!Number.isFinite(largest)) return done(beta, iteration, false);
    if (largest < TOLERANCE) return done(beta, iteration, true);
  }
  return done(beta, MAX_ITERATIONS, false);
}

function done(beta: Float64Array, iterations: number, converged: boolean): LogisticModel {
  return { intercept: beta[0] as number, coefficients: Array.from(beta.subarray(1)), iterations, converged };
}
