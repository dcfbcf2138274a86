/**
 * The ROC curve of scores against outcomes (1 bad), a lower score meaning
 * riskier: at each distinct score s, the records scoring s or less are called
 * bad; tpr = the share of bads called bad, fpr = the share of goods. The
 * first point, (0, 0), calls none (score null); the last, at the highest
 * score, all (1, 1). The area under these points by the trapezoid rule is
 * the Mann–Whitney AUC of rankMetrics.ts (a tie counts ½).
 */
export interface RocPoint {
  readonly fpr: number;
  readonly tpr: number;
  readonly score: number | null;
}

export function rocPoints(scores: ArrayLike<number>, targets: ArrayLike<number>): RocPoint[] {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  let bads = 0;
  for (let i = 0; i < targets.length; i++) bads += targets[i] === 1 ? 1 : 0;
  const goods = targets.length - bads;
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, score: null }];
  let goodsAt = 0;
  let badsAt = 0;
  for (let i = 0; i < order.length; ) {
    const score = scores[order[i] as number] as number;
    for (; i < order.length && scores[order[i] as number] === score; i++) (targets[order[i] as number] === 1 ? badsAt++ : goodsAt++);
    points.push({ fpr: goods ? goodsAt / goods : 0, tpr: bads ? badsAt / bads : 0, score });
  }
  return points;
}

