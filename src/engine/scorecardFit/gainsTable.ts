import { scoreDeciles } from "./scoreDeciles.js";

/**
 * One row of the gains (KS) table, riskiest decile first: its records and
 * bads, and the share of all bads and of all goods in it and the deciles
 * before it. `ks` = cumBads − cumGoods; `lift` = its bad rate ÷ the overall one.
 */
export interface GainsRow {
  readonly decile: number;
  readonly minScore: number;
  readonly maxScore: number;
  readonly records: number;
  readonly goods: number;
  readonly bads: number;
  readonly badRate: number;
  readonly cumBads: number;
  readonly cumGoods: number;
  readonly ks: number;
  readonly lift: number;
}

/** The gains table of scores against outcomes (1 bad) by score decile (scoreDeciles.ts), unrounded. */
export function gainsTable(scores: ArrayLike<number>, targets: ArrayLike<number>): GainsRow[] {
  let allBads = 0;
  for (let i = 0; i < targets.length; i++) allBads += targets[i] === 1 ? 1 : 0;
  const allGoods = targets.length - allBads;
  const overall = targets.length ? allBads / targets.length : 0;
  let badsSoFar = 0;
  let goodsSoFar = 0;
  return scoreDeciles(scores).map((d) => {
    const bads = d.members.reduce((s, i) => s + (targets[i] === 1 ? 1 : 0), 0);
    const records = d.members.length;
    badsSoFar += bads;
    goodsSoFar += records - bads;
    const cumBads = allBads ? badsSoFar / allBads : 0;
    const cumGoods = allGoods ? goodsSoFar / allGoods : 0;
    const badRate = bads / records;
    return { decile: d.decile, minScore: d.minScore, maxScore: d.maxScore, records, goods: records - bads, bads, badRate, cumBads, cumGoods, ks: cumBads - cumGoods, lift: overall ? badRate / overall : 0 };
  });
}
