import { binCharacteristic, trendOfPoints, type CharacteristicBins } from "../../engine/scorecardFit/binCharacteristic.js";
import { woeColumn } from "../../engine/scorecardFit/binLookup.js";
import { binCategories } from "../../engine/scorecardFit/categoryBins.js";
import { fitLogistic, MAX_ITERATIONS, type LogisticModel } from "../../engine/scorecardFit/logisticFit.js";
import { scaledPoints } from "../../engine/scorecardFit/scaling.js";
import type { PolicyJson } from "../../policy/schemas.js";
import { UsageError } from "../errors.js";
import type { Steps } from "../steps.js";
import { characteristicValues } from "./characteristicValues.js";
import { binningFor, checkBinningFields, DEFAULT_FIT_BINNING, type FitBinning } from "./fitBinning.js";
import { policyBins } from "./policyBins.js";
import type { LabelledData } from "./labelledRecords.js";
import { selectCharacteristics, type SelectionReport, type SelectMethod } from "./selectCharacteristics.js";

/** Characteristics whose IV is below this are left out of the model, unless --iv-min says otherwise. */
export const MIN_IV = DEFAULT_FIT_BINNING.ivMin;

type BaseCharacteristic = PolicyJson["scorecard"]["characteristics"][number];

/** One base characteristic after binning: kept in the model or dropped, with its points when kept. */
export interface FittedCharacteristic {
  readonly base: BaseCharacteristic;
  readonly binned: CharacteristicBins;
  readonly kept: boolean;
  readonly coefficient?: number;
  /** Points per bin of `binned.bins`, then of `binned.sets`, then of the missing bin when there is one. */
  readonly points?: readonly number[];
  /** Left out by forward selection (IV enough): its p-value when selection stopped, if its fit converged. */
  readonly notSelected?: { readonly pValue?: number };
}

/** The fit: every characteristic, the model, the policy; the kept characteristics' train WOE columns and targets (for the diagnostics); the selection. */
export interface FittedScorecard {
  readonly characteristics: FittedCharacteristic[];
  readonly model: LogisticModel;
  readonly policy: PolicyJson;
  readonly columns: readonly Float64Array[];
  readonly trainTargets: readonly (0 | 1)[];
  readonly selection: SelectionReport;
}

/** The base's range bins in value order (open below first), for the trend their points imply. */
const pointsInValueOrder = (c: BaseCharacteristic) => c.bins.filter((b) => b.levels === undefined).sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity)).map((b) => b.points);

/**
 * Bins every characteristic of the base policy on the training records,
 * drops those with IV < binning.ivMin (then, with `select` "forward", those
 * forward selection leaves out), fits logit P(bad) on the others' WOE, and
 * writes the scorecard of a policy that is the base's in everything else.
 * Nothing kept, or a fit that does not converge, is an error (UsageError).
 * Its `scaling` is still the base's: the caller refits it on the scores.
 * In steps (see ../steps.ts): one per characteristic, then the fit.
 */
export function* fitScorecard(data: LabelledData, base: PolicyJson, inTrain: readonly boolean[], select: SelectMethod = "none", binning: FitBinning = DEFAULT_FIT_BINNING): Steps<FittedScorecard> {
  const trainTargets = data.targets.filter((_, i) => inTrain[i]);
  checkBinningFields(binning, base.scorecard.characteristics.map((c) => c.field));
  const binnedAll = [];
  for (const c of base.scorecard.characteristics) {
    const column = characteristicValues(data.profiles, c.field, base.fields?.find((f) => f.name === c.field)?.type);
    const values = column.values.filter((_, i) => inTrain[i]);
    const options = binningFor(binning, c.field, column.kind, c.bins.flatMap((b) => b.levels ?? []));
    const binned = column.kind === "number" ? binCharacteristic(values as (number | undefined)[], trainTargets, trendOfPoints(pointsInValueOrder(c)), options) : binCategories(values, trainTargets, options);
    binnedAll.push({ base: c, values, binned, kept: binned.iv >= binning.ivMin });
    yield;
  }
  const byIv = binnedAll.filter((c) => c.kept);
  // A policy from nothing, or from coefficients that never settled, would score at random: refuse it.
  if (byIv.length === 0) throw new UsageError(`fit: no characteristic has IV ≥ ${binning.ivMin}; nothing to fit`);
  yield;
  const candidates = byIv.map((c) => woeColumn(c.values, c.binned));
  const selection = yield* selectCharacteristics(byIv, candidates, trainTargets, select);
  const kept = byIv.filter((_, i) => selection.chosen[i]);
  if (kept.length === 0) throw new UsageError(`fit: --select forward: no characteristic enters with a p-value ≤ 0.05; nothing to fit (--select none keeps every one with IV ≥ ${binning.ivMin})`);
  const columns = candidates.filter((_, i) => selection.chosen[i]);
  const model = fitLogistic(columns, trainTargets);
  if (!model.converged) throw new UsageError(`fit: the regression did not converge in ${model.iterations} of at most ${MAX_ITERATIONS} steps (too few records, or a characteristic separates goods from bads perfectly)`);
  const scaled = scaledPoints(model, kept.map((c) => c.binned.woe.map((w) => w.woe)), base.scorecard.scaling);
  const characteristics = binnedAll.map(({ base: c, binned, kept: isKept }): FittedCharacteristic => {
    const at = kept.findIndex((k) => k.base === c);
    const candidate = byIv.findIndex((k) => k.base === c);
    if (at === -1 && candidate !== -1) return { base: c, binned, kept: false, notSelected: selection.lastP[candidate] === undefined ? {} : { pValue: selection.lastP[candidate] as number } };
    return at === -1 ? { base: c, binned, kept: isKept } : { base: c, binned, kept: isKept, coefficient: model.coefficients[at] as number, points: scaled.points[at] as number[] };
  });
  const scorecard = {
    ...base.scorecard,
    base: scaled.base,
    characteristics: characteristics.flatMap((f) => {
      if (!f.points) return [];
      return [{ ...f.base, ...policyBins(f.binned, f.points) }];
    }),
  };
  return { characteristics, model, policy: { ...base, scorecard }, columns, trainTargets, selection: selection.report };
}
