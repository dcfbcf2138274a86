import { probabilityOfDefault, scoreProfile } from "../../engine/simulate/scorecard.js";
import { rankMetrics } from "../../engine/scorecardFit/rankMetrics.js";
import { calibrationTable, type CalibrationRow } from "../../engine/scorecardFit/calibrationTable.js";
import type { Policy, Profile } from "../../engine/simulate/types.js";
import { fixed } from "./labelledChecks.js";

/** How well a set of scores ranks, on how many records. */
export interface Discrimination {
  readonly records: number;
  readonly bads: number;
  readonly ks: number;
  readonly auc: number;
  readonly gini: number;
}

/** Every profile's score under a policy, by the engine's own scorer: what simulate would give. */
export function scoresUnder(policy: Policy, profiles: readonly Profile[]): number[] {
  return profiles.map((p) => scoreProfile(p, policy).score);
}

/** KS, AUC and Gini of scores against outcomes, to 4 decimals. */
export function discrimination(scores: readonly number[], targets: readonly (0 | 1)[]): Discrimination {
  const m = rankMetrics(scores, targets);
  return { records: targets.length, bads: targets.reduce<number>((s, t) => s + t, 0), ks: fixed(m.ks), auc: fixed(m.auc), gini: fixed(m.gini) };
}

/** Predicted (the policy's PD) against observed bad rate per band of the policy, PDs to 6 decimals. */
export function calibration(policy: Policy, scores: readonly number[], targets: readonly (0 | 1)[]): CalibrationRow[] {
  const pds = scores.map((s) => probabilityOfDefault(s, policy.scaling).toNumber());
  return calibrationTable(policy.bands, policy.cutoff.minScore, scores, targets, pds).map((r) => ({
    ...r,
    predicted: r.predicted === null ? null : fixed(r.predicted, 6),
    observed: r.observed === null ? null : fixed(r.observed, 6),
  }));
}
