/**
 * An independent IRR in plain floats, by bisection: the per-period rate where
 * Σ flow·(1+i)^−t = 0 for flows at times t (months, fractions allowed). Good
 * to about 1e-12, plenty to check a rate shown to 0.01%.
 */
export function floatIrr(flows: readonly { t: number; amount: number }[]): number {
  const npv = (i: number) => flows.reduce((s, f) => s + f.amount * (1 + i) ** -f.t, 0);
  let lo = -0.9;
  let hi = 1;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(npv(mid)) === Math.sign(npv(lo))) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
