import { bandIndex } from "../../engine/scorecardFit/calibrationTable.js";
import { probabilityOfDefault } from "../../engine/simulate/scorecard.js";
import type { Policy } from "../../engine/simulate/types.js";
import { policyFromJson } from "../../policy/loadPolicy.js";
import type { PolicyJson } from "../../policy/schemas.js";
import type { LabelledData } from "./labelledRecords.js";
import { scoresUnder } from "./scoredRecords.js";

/** One record as scored: `--scores FILE`. */
export interface ScoreRow {
  readonly id: string | number | null;
  readonly score: number;
  /** To 10 decimals, as simulate's pdExact: the same number for the same record under the same policy. */
  readonly pd: number;
  /** The policy's band of the score; null under the cut-off (or under every band). */
  readonly band: string | null;
  readonly target: 0 | 1;
  readonly set?: "train" | "holdout";
}

/**
 * Every record's score, PD and band under a policy, by the engine's own
 * scorer (the score and PD simulate gives; knock-outs are not applied, as in
 * fit and validate), with its outcome and, for fit, its part of the split.
 */
export function scoreRows(policy: Policy, data: LabelledData, inTrain?: readonly boolean[]): ScoreRow[] {
  const scores = scoresUnder(policy, data.profiles);
  return scores.map((score, i) => {
    const at = bandIndex(policy.bands, policy.cutoff.minScore, score);
    const id = data.profiles[i]?.id;
    return {
      id: id === undefined ? null : id,
      score,
      pd: Number(probabilityOfDefault(score, policy.scaling).toFixed(10)),
      band: policy.bands[at]?.band ?? null,
      target: data.targets[i] as 0 | 1,
      ...(inTrain ? { set: inTrain[i] ? ("train" as const) : ("holdout" as const) } : {}),
    };
  });
}

/** fit's records scored under the fitted policy as `--out` writes it (the refitted scaling's PD), with their part of the split. */
export function fitScoreRows(policy: PolicyJson, data: LabelledData, inTrain: readonly boolean[]): ScoreRow[] {
  return scoreRows(policyFromJson(policy, "(fitted)").policy, data, inTrain);
}
