import { psiByDecile } from "../../engine/scorecardFit/psiByDecile.js";
import { psiFlag } from "../../engine/scorecardFit/psi.js";
import { rangeLabel } from "./characteristicReport.js";
import { fixed } from "./labelledChecks.js";

/** A baseline score decile: its score range, the baseline's (expected) and the data's (actual) share, its PSI term. */
export interface DecileStabilityBin {
  readonly decile: number;
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly expected: number;
  readonly actual: number;
  readonly psi: number;
}

/** The PSI of the score by the baseline's score deciles, read as the PSI by bands is. */
export interface DecileStability {
  readonly psi: number;
  readonly flag: "stable" | "watch" | "shifted";
  readonly bins: readonly DecileStabilityBin[];
}

/** The PSI from the baseline's scores to the data's, by the baseline's score deciles (psiByDecile.ts), to 4 decimals. */
export function scoreDecileStability(baseline: readonly number[], actual: readonly number[]): DecileStability {
  const r = psiByDecile(baseline, actual);
  return {
    psi: fixed(r.psi),
    flag: psiFlag(r.psi),
    bins: r.bins.map((b, i) => ({
      decile: b.decile,
      label: rangeLabel(b.min, b.max),
      ...(b.min === undefined ? {} : { min: b.min }),
      ...(b.max === undefined ? {} : { max: b.max }),
      expected: fixed(b.expected / baseline.length),
      actual: fixed(b.actual / actual.length),
      psi: fixed(r.terms[i] as number),
    })),
  };
}
