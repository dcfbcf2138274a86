import { psiByDecile } from "../../engine/scorecardFit/psiByDecile.js";
import { psiFlag } from "../../engine/scorecardFit/psi.js";
import { rangeLabel } from "./characteristicReport.js";
import { fixed } from "./labelledChecks.js";

/** One bin's share in the baseline (expected) and in the data (actual), and its PSI term. */
export interface StabilityBin {
  readonly label: string;
  readonly expected: number;
  readonly actual: number;
  readonly psi: number;
}

/** The PSI over a set of bins, its reading at 0.1 / 0.25, and the bins (by band, by characteristic bin, by score decile). */
export interface Stability<Bin extends StabilityBin = StabilityBin> {
  readonly psi: number;
  readonly flag: "stable" | "watch" | "shifted";
  readonly bins: readonly Bin[];
}

/** A baseline score decile: its score range beside the shares and PSI term. */
export interface DecileStabilityBin extends StabilityBin {
  readonly decile: number;
  readonly min?: number;
  readonly max?: number;
}

/** The PSI of the score by the baseline's score deciles, read as the PSI by bands is. */
export type DecileStability = Stability<DecileStabilityBin>;

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
