import { gainsTable, type GainsRow } from "../../engine/scorecardFit/gainsTable.js";
import { rocPoints, type RocPoint } from "../../engine/scorecardFit/rocPoints.js";
import { scoreDistribution, type ScoreInterval } from "../../engine/scorecardFit/scoreDistribution.js";
import { fixed } from "./labelledChecks.js";

/** The gains table by score decile, the ROC points and the score distribution of one set of scored records. */
export interface PerformanceTables {
  readonly gains: readonly GainsRow[];
  readonly roc: readonly RocPoint[];
  readonly scoreDistribution: readonly ScoreInterval[];
}

/**
 * The performance tables of scores against outcomes: shares, KS and lift to
 * 4 decimals as the report's other figures; the ROC points unrounded, so that
 * the trapezoid rule over them gives the report's AUC.
 */
export function performanceTables(scores: readonly number[], targets: readonly (0 | 1)[]): PerformanceTables {
  return {
    gains: gainsTable(scores, targets).map((r) => ({ ...r, badRate: fixed(r.badRate), cumBads: fixed(r.cumBads), cumGoods: fixed(r.cumGoods), ks: fixed(r.ks), lift: fixed(r.lift) })),
    roc: rocPoints(scores, targets),
    scoreDistribution: scoreDistribution(scores, targets),
  };
}
