/**
 * How well scores rank goods above bads (a higher score means safer):
 * AUC = P(a good scores above a bad) + ½ P(they tie), by the Mann–Whitney
 * rank sum; Gini = 2·AUC − 1; KS = the largest gap between the cumulative
 * shares of goods and of bads below a score, taken between distinct scores.
 */
export interface RankMetrics {
  readonly ks: number;
  readonly auc: number;
  readonly gini: number;
}

export function rankMetrics(scores: ArrayLike<number>, targets: ArrayLike<number>): RankMetrics {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  let goods = 0;
  let bads = 0;
  for (let i = 0; i < targets.length; i++) (targets[i] === 1 ? bads++ : goods++);
  let ks = 0;
  let goodsBelow = 0;
  let badsBelow = 0;
  // Σ over goods of (bads scoring below it + ½ bads tied with it)
  let concordant = 0;
  for (let i = 0; i < order.length; ) {
    const score = scores[order[i] as number] as number;
    let tieGoods = 0;
    let tieBads = 0;
    for (; i < order.length && scores[order[i] as number] === score; i++) (targets[order[i] as number] === 1 ? tieBads++ : tieGoods++);
    concordant += tieGoods * (badsBelow + tieBads / 2);
    goodsBelow += tieGoods;
    badsBelow += tieBads;
    ks = Math.max(ks, Math.abs(goodsBelow / goods - badsBelow / bads));
  }
  const auc = concordant / (goods * bads);
  return { ks, auc, gini: 2 * auc - 1 };
}
