/**
 * Population stability index: Σ (a − e) × ln(a ÷ e) over bins, e the share
 * of the expected (baseline) population in a bin and a the actual one. An
 * empty bin's share counts as 0.0001, so one empty bin cannot make it infinite.
 */
export const EMPTY_SHARE = 0.0001;

export function psi(expected: readonly number[], actual: readonly number[]): { psi: number; terms: number[] } {
  const total = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const e = total(expected);
  const a = total(actual);
  const terms = expected.map((count, i) => {
    const es = Math.max(count / e, EMPTY_SHARE);
    const as = Math.max((actual[i] ?? 0) / a, EMPTY_SHARE);
    return (as - es) * Math.log(as / es);
  });
  return { psi: terms.reduce((s, t) => s + t, 0), terms };
}

/** The usual reading: below 0.1 stable, 0.1 to 0.25 a shift to watch, 0.25 or more a shift. */
export function psiFlag(value: number): "stable" | "watch" | "shifted" {
  return value < 0.1 ? "stable" : value < 0.25 ? "watch" : "shifted";
}
