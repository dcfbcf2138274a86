import type { Level } from "../../engine/scorecardFit/binningOptions.js";
import { ENTRY_P } from "../../engine/scorecardFit/forwardSelection.js";
import type { CharacteristicReport } from "./characteristicReport.js";
import type { FieldLeftOutWarning } from "./ownDataReport.js";
import { DEFAULT_FIT_BINNING, type FitBinning } from "./fitBinning.js";

/** Something in a fit to look at, with its facts (the views word it in their language) and an English `text`. */
export type FitWarning = { readonly text: string } & (
  | { readonly kind: "dropped"; readonly id: string; readonly field: string; readonly iv: number; readonly limit: number }
  | { readonly kind: "wrongSign"; readonly id: string; readonly field: string; readonly coefficient: number }
  | { readonly kind: "smallBin"; readonly id: string; readonly field: string; readonly bin: string; readonly share: number; readonly limit: number }
  | { readonly kind: "absentSpecial"; readonly id: string; readonly field: string; readonly levels: readonly Level[] }
  | { readonly kind: "unlisted"; readonly id: string; readonly field: string; readonly levels: readonly Level[]; readonly records: number }
  | { readonly kind: "noMissing"; readonly id: string; readonly field: string }
  | { readonly kind: "notConverged"; readonly iterations: number }
  | { readonly kind: "scalingKept" }
  | { readonly kind: "fewBads"; readonly bads: number; readonly minimum: number }
  | Omit<FieldLeftOutWarning, "text">
  // The model's diagnostics (diagnosticWarnings.ts).
  | { readonly kind: "highP"; readonly id: string; readonly field: string; readonly pValue: number; readonly limit: number }
  | { readonly kind: "highVif"; readonly id: string; readonly field: string; readonly vif: number | null; readonly limit: number }
  | { readonly kind: "correlated"; readonly a: string; readonly aField: string; readonly b: string; readonly bField: string; readonly r: number; readonly limit: number }
  | { readonly kind: "notSelected"; readonly id: string; readonly field: string; readonly pValue?: number }
);

/**
 * Fewer training bads than this and the fit is a warning: a card's WOE per
 * bin and its coefficients rest on the bads, and with a few hundred over
 * dozens of bins each bin's bad rate is a handful of cases (the usual
 * rule of thumb asks for hundreds to thousands of bads).
 */
export const MIN_TRAIN_BADS = 300;

/** The warning of too little to fit on: fewer than MIN_TRAIN_BADS bads in train. */
export function sampleWarnings(trainBads: number): FitWarning[] {
  if (trainBads >= MIN_TRAIN_BADS) return [];
  return [{ kind: "fewBads", bads: trainBads, minimum: MIN_TRAIN_BADS, text: `train holds ${trainBads} bads, fewer than ${MIN_TRAIN_BADS}: the bins' WOE and the coefficients rest on few defaults; check the holdout figures before using the card` }];
}

/** A share as a percentage with 2 decimals, the way the warnings print it. */
export const percent2 = (share: number) => `${(share * 100).toFixed(2)}%`;

/** The warnings of the model as a whole: no convergence, no refitted PD map. */
export function modelWarnings(converged: boolean, iterations: number, scalingRefitted: boolean): FitWarning[] {
  return [
    ...(converged ? [] : [{ kind: "notConverged" as const, iterations, text: `the logistic fit did not converge in ${iterations} steps: the coefficients may be unreliable` }]),
    ...(scalingRefitted ? [] : [{ kind: "scalingKept" as const, text: "the score → PD map could not be refitted (a higher score does not mean fewer defaults on train): the base policy's scaling is kept" }]),
  ];
}

/** A limit share as a percentage, as short as it is exact (0.05 → 5%, 0.025 → 2.5%). */
const percentOf = (share: number) => `${Number((share * 100).toPrecision(6))}%`;

/** Per characteristic: dropped for IV or not selected, a wrong-signed coefficient, a bin under the min share, no missing value seen. */
export function characteristicWarnings(c: CharacteristicReport, limits: Pick<FitBinning, "ivMin" | "minBinShare"> = DEFAULT_FIT_BINNING): FitWarning[] {
  const { id, field } = c;
  const name = `${id} ${field}`;
  const out: FitWarning[] = [];
  // special values and unlisted levels first: they say how the card scores them, kept or not
  if (c.absentSpecials) out.push({ kind: "absentSpecial", id, field, levels: c.absentSpecials, text: `${name}: special value(s) ${c.absentSpecials.join(", ")} in no training record: no bin of their own; such a value is scored by the ranges` });
  if (c.unlisted) out.push({ kind: "unlisted", id, field, levels: c.unlisted.levels, records: c.unlisted.records, text: `${name}: level(s) ${c.unlisted.levels.join(", ")} (${c.unlisted.records} training records) in no --breaks group: scored as an unseen level, 0 points (WOE 0, the average)` });
  if (c.reason === "notSelected") {
    const p = c.selectionPValue;
    const why = p === undefined ? "its fit did not converge" : `its p-value would be ${p}, above ${ENTRY_P}`;
    return [...out, { kind: "notSelected", id, field, ...(p === undefined ? {} : { pValue: p }), text: `${name}: not selected by forward selection (${why})` }];
  }
  if (!c.kept) return [...out, { kind: "dropped", id, field, iv: c.iv, limit: limits.ivMin, text: `${name}: dropped, IV ${c.iv.toFixed(4)} is below ${limits.ivMin}` }];
  if (c.coefficient !== undefined && c.coefficient >= 0) {
    out.push({ kind: "wrongSign", id, field, coefficient: c.coefficient, text: `${name}: coefficient ${c.coefficient.toFixed(4)} has the wrong sign (its safer bins would score fewer points); consider dropping it` });
  }
  for (const b of c.bins) {
    if (b.share >= limits.minBinShare) continue;
    out.push({ kind: "smallBin", id, field, bin: b.label, share: b.share, limit: limits.minBinShare, text: `${name}: ${b.missing ? "the missing-value bin" : `bin ${b.label}`} holds ${percent2(b.share)} of the training records, under ${percentOf(limits.minBinShare)}` });
  }
  if (!c.bins.some((b) => b.missing)) out.push({ kind: "noMissing", id, field, text: `${name}: no missing values in the training records, so a missing value scores 0 points (the average)` });
  return out;
}
