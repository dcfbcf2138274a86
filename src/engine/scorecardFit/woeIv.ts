/** A bin's counts: goods (target 0) and bads (target 1). */
export interface BinCounts {
  readonly goods: number;
  readonly bads: number;
}

/** A bin's weight of evidence and its share of the information value. */
export interface BinWoe {
  readonly woe: number;
  readonly iv: number;
}

/**
 * WOE = ln(%good ÷ %bad), %good = the bin's goods ÷ all goods (so a bin safer
 * than average has WOE > 0); IV term = (%good − %bad) × WOE. A count of 0
 * (a missing-value, special or manual bin can keep one: the others merge) counts as 0.5,
 * so the logarithm stays finite. An empty bin (a manual break no record
 * falls in) is no evidence: WOE 0, IV 0.
 */
export function woeOf(bin: BinCounts, totalGoods: number, totalBads: number): BinWoe {
  if (bin.goods + bin.bads === 0) return { woe: 0, iv: 0 };
  const good = Math.max(bin.goods, 0.5) / totalGoods;
  const bad = Math.max(bin.bads, 0.5) / totalBads;
  const woe = Math.log(good / bad);
  return { woe, iv: (good - bad) * woe };
}

/** Every bin's WOE and IV term, and the characteristic's IV (their sum). */
export function woeTable(bins: readonly BinCounts[]): { bins: BinWoe[]; iv: number } {
  let goods = 0;
  let bads = 0;
  for (const b of bins) (goods += b.goods), (bads += b.bads);
  const out = bins.map((b) => woeOf(b, goods, bads));
  return { bins: out, iv: out.reduce((s, b) => s + b.iv, 0) };
}
