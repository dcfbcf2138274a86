import { ENTRY_P, forwardSelection } from "../../engine/scorecardFit/forwardSelection.js";
import type { Steps } from "../steps.js";

import type { SelectMethod } from "./selectMethods.js";
export type { SelectMethod } from "./selectMethods.js";

/** One step of forward selection as reported: the characteristic that entered, its p-value then, the model's fit. */
export interface SelectionStepReport {
  readonly id: string;
  readonly field: string;
  readonly pValue: number;
  readonly minus2LogLikelihood: number;
  readonly aic: number;
}

/** `none`: every characteristic with IV ≥ the minimum (no steps). `forward`: its entry level, start and steps. */
export type SelectionReport =
  | { readonly method: "none"; readonly steps: readonly [] }
  | { readonly method: "forward"; readonly entryP: number; readonly start: { readonly minus2LogLikelihood: number; readonly aic: number }; readonly steps: readonly SelectionStepReport[] };

/** Figures as the report prints them: p-values to 4 significant digits (a tiny one stays readable), fits to 4 decimals. */
export const pValue4 = (p: number): number => Number(p.toPrecision(4));
const fit4 = (x: number) => Number(x.toFixed(4));

/**
 * Which of the candidates (the characteristics with enough IV, their train
 * WOE columns) the model takes, and why not the others: `lastP` is a
 * not-selected candidate's p-value at the step selection stopped (undefined
 * when its fit did not converge).
 */
export function* selectCharacteristics(candidates: readonly { readonly base: { readonly id: string; readonly field: string } }[], columns: readonly Float64Array[], y: ArrayLike<number>, method: SelectMethod): Steps<{ chosen: boolean[]; lastP: (number | undefined)[]; report: SelectionReport }> {
  if (method === "none") return { chosen: candidates.map(() => true), lastP: candidates.map(() => undefined), report: { method, steps: [] } };
  const selection = yield* forwardSelection(columns, y);
  const steps = selection.steps.map((s): SelectionStepReport => {
    const { id, field } = (candidates[s.column] as (typeof candidates)[number]).base;
    return { id, field, pValue: pValue4(s.pValue), minus2LogLikelihood: fit4(s.minus2LogLikelihood), aic: fit4(s.aic) };
  });
  return {
    chosen: candidates.map((_, i) => selection.selected.includes(i)),
    lastP: selection.lastP.map((p) => (p === undefined ? undefined : pValue4(p))),
    report: { method, entryP: ENTRY_P, start: { minus2LogLikelihood: fit4(selection.start.minus2LogLikelihood), aic: fit4(selection.start.aic) }, steps },
  };
}
