import { CholeskyDecomposition, Matrix } from "ml-matrix";

/**
 * The inverse of a symmetric positive-definite matrix (rows of a square
 * array) by ml-matrix's Cholesky decomposition, or undefined when it is not
 * positive definite (a singular information or cross-product matrix).
 */
export function symmetricInverse(rows: readonly (readonly number[])[]): number[][] | undefined {
  const k = rows.length;
  const cholesky = new CholeskyDecomposition(new Matrix(rows.map((r) => [...r])));
  if (!cholesky.isPositiveDefinite()) return undefined;
  const inverse = cholesky.solve(Matrix.eye(k, k));
  const out = inverse.to2DArray();
  return out.every((r) => r.every(Number.isFinite)) ? out : undefined;
}
