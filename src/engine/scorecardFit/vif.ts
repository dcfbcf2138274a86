import { symmetricInverse } from "./symmetricInverse.js";

/** R² of the ordinary least squares fit of `target` on `others` with an intercept, by the normal equations; undefined when they are singular. */
function rSquared(target: ArrayLike<number>, others: readonly ArrayLike<number>[]): number | undefined {
  const n = target.length;
  const k = others.length + 1;
  const value = (j: number, i: number) => (j === 0 ? 1 : ((others[j - 1] as ArrayLike<number>)[i] as number));
  const cross = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += value(a, i) * value(b, i);
    return s;
  }));
  const inverse = symmetricInverse(cross);
  if (!inverse) return undefined;
  const right = Array.from({ length: k }, (_, a) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += value(a, i) * (target[i] as number);
    return s;
  });
  const b = inverse.map((r) => r.reduce((s, x, j) => s + x * (right[j] as number), 0));
  let mean = 0;
  for (let i = 0; i < n; i++) mean += target[i] as number;
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let j = 0; j < k; j++) fitted += (b[j] as number) * value(j, i);
    residual += ((target[i] as number) - fitted) ** 2;
    total += ((target[i] as number) - mean) ** 2;
  }
  return total > 0 ? 1 - residual / total : undefined;
}

/**
 * Variance inflation factor of each column: 1 ÷ (1 − R²), R² of that column
 * regressed on all the others with an intercept. One column: 1. A column the
 * others explain exactly (or a constant one) has no finite VIF: Infinity.
 */
export function varianceInflation(columns: readonly ArrayLike<number>[]): number[] {
  if (columns.length === 1) return [1];
  return columns.map((column, j) => {
    const r2 = rSquared(column, columns.filter((_, o) => o !== j));
    return r2 === undefined || r2 >= 1 ? Infinity : 1 / (1 - r2);
  });
}
