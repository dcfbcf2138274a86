/** Goods and bads among the scores from `minScore` to `maxScore`, both included. */
export interface ScoreInterval {
  readonly minScore: number;
  readonly maxScore: number;
  readonly goods: number;
  readonly bads: number;
}

export const SCORE_INTERVALS = 20;

/**
 * Goods and bads per score interval: at most 20 intervals of one whole width
 * from the lowest score up, the width ⌈(highest − lowest + 1) ÷ 20⌉ (scores
 * are whole points), so every edge is an integer and the last interval may
 * reach past the highest score. Empty intervals are kept: the shape shows.
 */
export function scoreDistribution(scores: ArrayLike<number>, targets: ArrayLike<number>): ScoreInterval[] {
  if (scores.length === 0) return [];
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < scores.length; i++) [low, high] = [Math.min(low, scores[i] as number), Math.max(high, scores[i] as number)];
  low = Math.floor(low);
  const width = Math.max(1, Math.ceil((Math.floor(high) - low + 1) / SCORE_INTERVALS));
  const count = Math.floor((Math.floor(high) - low) / width) + 1;
  const rows = Array.from({ length: count }, (_, k) => ({ minScore: low + k * width, maxScore: low + (k + 1) * width - 1, goods: 0, bads: 0 }));
  for (let i = 0; i < scores.length; i++) {
    const row = rows[Math.floor((Math.floor(scores[i] as number) - low) / width)] as (typeof rows)[number];
    if (targets[i] === 1) row.bads++;
    else row.goods++;
  }
  return rows;
}
