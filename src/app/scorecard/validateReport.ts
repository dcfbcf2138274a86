import { bandIndex, BELOW_CUTOFF, type CalibrationRow } from "../../engine/scorecardFit/calibrationTable.js";
import { psi, psiFlag } from "../../engine/scorecardFit/psi.js";
import { ruleValue } from "../../engine/simulate/ruleValue.js";
import { binOf } from "../../engine/simulate/scorecard.js";
import type { Characteristic, Policy, Profile } from "../../engine/simulate/types.js";
import { rangeLabel } from "./characteristicReport.js";
import { fixed } from "./labelledChecks.js";
import type { LabelledData } from "./labelledRecords.js";
import { calibration, discrimination, scoresUnder, type Discrimination } from "./scoredRecords.js";
import { toEnd, type Steps } from "../steps.js";
import { performanceTables, type PerformanceTables } from "./performanceTables.js";
import { scoreDecileStability, type DecileStability, type Stability, type StabilityBin } from "./scoreDecileStability.js";

export type { Stability, StabilityBin } from "./scoreDecileStability.js";

/** What `validate` measured: ranking and calibration on the data, and with a baseline, stability. */
export interface ValidateReport extends PerformanceTables {
  readonly command: "validate";
  readonly target: string;
  /** `--bad VALUE`; null: the target is 0/1. */
  readonly bad: string | null;
  readonly policy: string;
  readonly records: { readonly used: number; readonly invalid: number };
  readonly metrics: Discrimination;
  readonly calibration: readonly CalibrationRow[];
  readonly stability?: {
    readonly baseline: { readonly records: number; readonly invalid: number };
    readonly score: Stability;
    /** The score's PSI by the baseline's score deciles, beside `score`'s by the policy's bands. */
    readonly psiByScoreDecile: DecileStability;
    readonly characteristics: readonly ({ readonly id: string; readonly field: string } & Stability)[];
  };
}

/** Counts per bin of `labels.length` bins, each profile put in `binOf`'s. */
function counts(profiles: readonly Profile[], size: number, binOfProfile: (p: Profile) => number): number[] {
  const out = new Array<number>(size).fill(0);
  for (const p of profiles) {
    const at = binOfProfile(p);
    out[at] = (out[at] as number) + 1;
  }
  return out;
}

function stability(labels: readonly string[], baseline: readonly Profile[], actual: readonly Profile[], binOfProfile: (p: Profile) => number): Stability {
  const e = counts(baseline, labels.length, binOfProfile);
  const a = counts(actual, labels.length, binOfProfile);
  const result = psi(e, a);
  const share = (xs: readonly number[], i: number, n: number) => fixed((xs[i] as number) / n);
  return {
    psi: fixed(result.psi),
    flag: psiFlag(result.psi),
    bins: labels.map((label, i) => ({ label, expected: share(e, i, baseline.length), actual: share(a, i, actual.length), psi: fixed(result.terms[i] as number) })),
  };
}

/** A characteristic's bins in the policy, then missing; a profile's index among them as the scorer bins it. */
function characteristicBins(c: Characteristic): { labels: string[]; index: (p: Profile) => number } {
  // A set bin by its levels; with set bins, a value none lists (scored `other`) has a bin of its own before missing.
  const sets = c.other !== undefined || c.bins.some((b) => b.levels !== undefined);
  const labels = [...c.bins.map((b) => (b.levels ? b.levels.map(String).join(",") : rangeLabel(b.min?.n, b.max?.n))), ...(sets ? ["other"] : []), "missing"];
  return {
    labels,
    index: (p) => {
      const value = ruleValue(p, c.field);
      const bin = binOf(c, value);
      if (bin) return c.bins.indexOf(bin);
      return sets && value !== undefined ? c.bins.length : labels.length - 1;
    },
  };
}

/**
 * KS, AUC/Gini and calibration of a policy on labelled data, scored by the
 * engine's own scorer; with a baseline population, the PSI of the score (by
 * the policy's bands) and of each characteristic (by its bins) from the
 * baseline (expected) to the data (actual).
 */
export function validateReport(data: LabelledData, policy: Policy, options: ValidateOptions): ValidateReport {
  return toEnd(validateReportSteps(data, policy, options));
}

type ValidateOptions = { readonly target: string; readonly bad?: string; readonly policyName: string; readonly invalid: number; readonly baseline?: { readonly profiles: readonly Profile[]; readonly invalid: number } };

/** validateReport in steps (see ../steps.ts), so the CLI can stop it at Ctrl-C. */
export function* validateReportSteps(data: LabelledData, policy: Policy, options: ValidateOptions): Steps<ValidateReport> {
  const scores = scoresUnder(policy, data.profiles);
  yield;
  const report: ValidateReport = {
    command: "validate",
    target: options.target,
    bad: options.bad ?? null,
    policy: options.policyName,
    records: { used: data.targets.length, invalid: options.invalid },
    metrics: discrimination(scores, data.targets),
    calibration: calibration(policy, scores, data.targets),
    ...performanceTables(scores, data.targets),
  };
  const base = options.baseline;
  if (!base) return report;
  yield;
  const bandLabels = [...policy.bands.map((b) => b.band), BELOW_CUTOFF];
  const scoreRow = new Map<Profile, number>();
  const byScore = (p: Profile) => scoreRow.get(p) ?? bandIndex(policy.bands, policy.cutoff.minScore, scoresUnder(policy, [p])[0] as number);
  data.profiles.forEach((p, i) => scoreRow.set(p, bandIndex(policy.bands, policy.cutoff.minScore, scores[i] as number)));
  yield;
  return {
    ...report,
    stability: {
      baseline: { records: base.profiles.length, invalid: base.invalid },
      score: stability(bandLabels, base.profiles, data.profiles, byScore),
      psiByScoreDecile: scoreDecileStability(scoresUnder(policy, base.profiles), scores),
      characteristics: policy.characteristics.map((c) => {
        const bins = characteristicBins(c);
        return { id: c.id, field: c.field, ...stability(bins.labels, base.profiles, data.profiles, bins.index) };
      }),
    },
  };
}
