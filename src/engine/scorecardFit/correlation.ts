/** Pearson's correlation of two equally long columns; 0 when either is constant. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) (ma += a[i] as number), (mb += b[i] as number);
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

/** Above this |r| two WOE columns carry much the same information (the usual scorecard rule of thumb). */
export const CORRELATION_LIMIT = 0.7;

/** The pairs of columns (by index, a < b, in order) whose |Pearson r| exceeds `limit`. */
export function correlatedPairs(columns: readonly ArrayLike<number>[], limit = CORRELATION_LIMIT): { a: number; b: number; r: number }[] {
  const out: { a: number; b: number; r: number }[] = [];
  for (let a = 0; a < columns.length; a++) {
    for (let b = a + 1; b < columns.length; b++) {
      const r = pearson(columns[a] as ArrayLike<number>, columns[b] as ArrayLike<number>);
      if (Math.abs(r) > limit) out.push({ a, b, r });
    }
  }
  return out;
}
