// An independent logistic regression for the tests: plain arrays, Newton–Raphson
// with the information matrix inverted by Gauss–Jordan elimination (partial
// pivoting), and erfc by its Taylor series / continued fraction — nothing shared
// with src/engine/scorecardFit.

export function gaussJordanInverse(a: number[][]): number[][] {
  const k = a.length;
  const m = a.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const d = m[c]![c]!;
    m[c] = m[c]!.map((v) => v / d);
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      m[r] = m[r]!.map((v, j) => v - f * m[c]![j]!);
    }
  }
  return m.map((row) => row.slice(k));
}

/** erfc(x) for x ≥ 0: 1 − the Taylor series of erf below 2.5, Lentz's continued fraction above. */
function erfcPositive(x: number): number {
  if (x < 2.5) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (-x * x) / n;
      sum += term / (2 * n + 1);
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc x = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), evaluated from the tail.
  let f = x;
  for (let n = 400; n >= 1; n--) f = x + n / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

export const pTwoSided = (z: number) => erfcPositive(Math.abs(z) / Math.SQRT2);

export interface IndependentFit {
  beta: number[];
  se: number[];
  z: number[];
  p: number[];
  minus2LL: number;
}

/** Fits logit P(y = 1) = β0 + Σ βj xj on rows of plain numbers. */
export function independentIrls(columns: number[][], y: number[]): IndependentFit {
  const n = y.length;
  const x = y.map((_, i) => [1, ...columns.map((c) => c[i]!)]);
  const k = columns.length + 1;
  let beta = new Array<number>(k).fill(0);
  const prob = () => x.map((row) => 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * beta[j]!, 0))));
  const information = (p: number[]) => Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => x.reduce((s, row, i) => s + p[i]! * (1 - p[i]!) * row[a]! * row[b]!, 0)));
  for (let step = 0; step < 100; step++) {
    const p = prob();
    const inv = gaussJordanInverse(information(p));
    const g = Array.from({ length: k }, (_, a) => x.reduce((s, row, i) => s + row[a]! * (y[i]! - p[i]!), 0));
    const d = inv.map((row) => row.reduce((s, v, j) => s + v * g[j]!, 0));
    beta = beta.map((b, j) => b + d[j]!);
    if (Math.max(...d.map(Math.abs)) < 1e-14) break;
  }
  const p = prob();
  const inv = gaussJordanInverse(information(p));
  const se = inv.map((row, j) => Math.sqrt(row[j]!));
  const z = beta.map((b, j) => b / se[j]!);
  let minus2LL = 0;
  for (let i = 0; i < n; i++) minus2LL -= 2 * (y[i] === 1 ? Math.log(p[i]!) : Math.log(1 - p[i]!));
  return { beta, se, z, p: z.map(pTwoSided), minus2LL };
}
