import type { LogisticModel } from "./logisticFit.js";
import { fitLogistic } from "./logisticFit.js";

/** A policy's score scaling: `points` at good:bad `odds`, and `pdo` more points double the odds. */
export interface Scaling {
  readonly points: number;
  readonly odds: number;
  readonly pdo: number;
}

/** factor = pdo ÷ ln 2, offset = points − factor × ln(odds): score = offset + factor × ln(good:bad odds). */
export function factorOffset(s: Scaling): { factor: number; offset: number } {
  const factor = s.pdo / Math.LN2;
  return { factor, offset: s.points - factor * Math.log(s.odds) };
}

/**
 * Integer points from a model of logit P(bad) on WOE (WOE = ln(%good/%bad)):
 * ln(good:bad odds) = −intercept − Σ β × WOE, so base = offset − factor ×
 * intercept and a bin's points = −factor × β × its WOE, each rounded.
 */
export function scaledPoints(model: LogisticModel, woes: readonly (readonly number[])[], scaling: Scaling): { base: number; points: number[][] } {
  const { factor, offset } = factorOffset(scaling);
  const points = woes.map((bins, j) => bins.map((woe) => Math.round(-factor * (model.coefficients[j] as number) * woe) || 0));
  return { base: Math.round(offset - factor * model.intercept), points };
}

const fixed4 = (x: number) => Number(x.toFixed(4));

/**
 * The score → PD map refitted on the integer scores: logit P(bad) = a + b ×
 * (score − points), so the odds at `points` are e^−a and the points to
 * double them −ln 2 ÷ b (both to 4 decimals). Undefined when a higher score
 * does not mean a lower bad rate (b ≥ 0), or the fit fails.
 */
export function refitScaling(scores: readonly number[], targets: ArrayLike<number>, points: number): Scaling | undefined {
  const x = Float64Array.from(scores, (s) => s - points);
  const model = fitLogistic([x], targets);
  const b = model.coefficients[0] as number;
  if (!model.converged || !(b < 0)) return undefined;
  return { points, odds: fixed4(Math.exp(-model.intercept)), pdo: fixed4(-Math.LN2 / b) };
}
