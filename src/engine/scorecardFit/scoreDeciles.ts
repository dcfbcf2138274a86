/**
 * Score deciles by rank with ties kept together: a record's decile is
 * 1 + ⌊10 × (records scoring strictly below it) ÷ n⌋, so equal scores never
 * split across deciles and a decile may hold more or fewer than a tenth
 * (a tie wider than a tenth leaves the next decile empty). Decile 1 holds
 * the lowest scores (the riskiest).
 */
export interface ScoreDecile {
  readonly decile: number;
  /** Indexes of the records in it, lowest score first (input order on a tie). */
  readonly members: readonly number[];
  readonly minScore: number;
  readonly maxScore: number;
}

export const DECILES = 10;

/** The non-empty deciles of `scores`, lowest scores first. */
export function scoreDeciles(scores: ArrayLike<number>): ScoreDecile[] {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  const out: { decile: number; members: number[]; minScore: number; maxScore: number }[] = [];
  let below = 0;
  for (let i = 0; i < n; ) {
    const score = scores[order[i] as number] as number;
    const tie: number[] = [];
    for (; i < n && scores[order[i] as number] === score; i++) tie.push(order[i] as number);
    // Integer arithmetic: exact, whatever n.
    const decile = 1 + Math.floor((DECILES * below) / n);
    const last = out.at(-1);
    if (last && last.decile === decile) {
      last.members.push(...tie);
      last.maxScore = score;
    } else out.push({ decile, members: tie, minScore: score, maxScore: score });
    below += tie.length;
  }
  return out;
}
