import type { LogisticModel } from "./logisticFit.js";

/**
 * −2 log-likelihood of a logistic model on its data, Σ −2[y ln p + (1 − y) ln(1 − p)],
 * with ln p = −ln(1 + e^−η) written so neither tail loses its digits.
 */
export function minus2LogLikelihood(columns: readonly ArrayLike<number>[], y: ArrayLike<number>, model: LogisticModel): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    let eta = model.intercept;
    for (let j = 0; j < columns.length; j++) eta += (model.coefficients[j] as number) * ((columns[j] as ArrayLike<number>)[i] as number);
    // ln(1 + e^t) for t = −η (y = 1) or η (y = 0), stable for large |t|.
    const t = y[i] === 1 ? -eta : eta;
    sum += t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
  }
  return 2 * sum;
}

/** Akaike's information criterion: −2 log-likelihood + 2 × the number of parameters (intercept included). */
export const aic = (minus2LL: number, parameters: number): number => minus2LL + 2 * parameters;
