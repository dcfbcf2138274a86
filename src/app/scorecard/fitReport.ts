import type { CalibrationRow } from "../../engine/scorecardFit/calibrationTable.js";
import { refitScaling, type Scaling } from "../../engine/scorecardFit/scaling.js";
import { stratifiedSplit } from "../../engine/scorecardFit/seededSplit.js";
import { policyFromJson } from "../../policy/loadPolicy.js";
import type { PolicyJson } from "../../policy/schemas.js";
import { describeCharacteristic, type CharacteristicReport } from "./characteristicReport.js";
import { DEFAULT_FIT_BINNING, type FitBinning } from "./fitBinning.js";
import { fitScorecard } from "./fitScorecard.js";
import { characteristicWarnings, modelWarnings, sampleWarnings, type FitWarning } from "./fitWarnings.js";
import { fixed } from "./labelledChecks.js";
import { toEnd, type Steps } from "../steps.js";
import type { LabelledData } from "./labelledRecords.js";
import { labelsReport, type LabelsReport } from "./ownDataReport.js";
import type { FieldInference, FieldLeftOut } from "./inferFieldTypes.js";
import { diagnosticWarnings } from "./diagnosticWarnings.js";
import { modelDiagnostics, type CoefficientReport } from "./modelDiagnostics.js";
import type { SelectionReport, SelectMethod } from "./selectCharacteristics.js";
import { calibration, discrimination, scoresUnder, type Discrimination } from "./scoredRecords.js";
import { performanceTables, type PerformanceTables } from "./performanceTables.js";

/** What `fit` found and made; `policy` is the fitted policy, complete. */
/** With the performance tables (gains, ROC, score distribution) on the holdout; the labels and, on own data, the fields. */
export interface FitReport extends PerformanceTables, LabelsReport {
  readonly command: "fit";
  readonly target: string;
  readonly seed: number;
  /** The binning, selection and split options used. */
  readonly binning: FitBinning;
  readonly records: { readonly used: number; readonly invalid: number };
  readonly characteristics: readonly CharacteristicReport[];
  readonly model: {
    readonly method: string;
    readonly iterations: number;
    readonly converged: boolean;
    readonly intercept: number;
    readonly interceptStandardError: number;
    readonly interceptZ: number;
    readonly interceptPValue: number;
    readonly minus2LogLikelihood: number;
    readonly aic: number;
    readonly coefficients: readonly CoefficientReport[];
  };
  readonly diagnostics: { readonly correlated: readonly { readonly a: string; readonly b: string; readonly r: number }[] };
  readonly selection: SelectionReport;
  readonly base: number;
  readonly scaling: Scaling;
  readonly metrics: { readonly train: Discrimination; readonly holdout: Discrimination };
  readonly calibration: readonly CalibrationRow[];
  readonly warnings: readonly FitWarning[];
  readonly policy: PolicyJson;
}

export const FIT_METHOD = "logistic regression on WOE by Newton–Raphson (IRLS), each step solved by ml-matrix's Cholesky decomposition";

/**
 * Fits a scorecard on labelled profiles: a seeded stratified split (70/30 unless binning.split says otherwise),
 * binning, WOE, a logistic model on train, points on the base policy's
 * scaling, then the score → PD map refitted on train scores; measured on
 * train and holdout with the engine's own scorer. Pure: the same data and
 * seed give the same report.
 */
export function fitReport(data: LabelledData, basePolicy: PolicyJson, options: FitOptions): FitReport {
  return toEnd(fitReportSteps(data, basePolicy, options));
}

/** `onSplit` is handed the split (true: train), for a caller that writes each record's part (fit --scores); `bad`, `fields`, `leftOut`: the labels and own-data fields to report. */
type FitOptions = {
  readonly seed: number;
  readonly target: string;
  readonly invalid: number;
  readonly binning?: FitBinning;
  readonly select?: SelectMethod;
  readonly onSplit?: (inTrain: readonly boolean[]) => void;
  readonly bad?: string;
  readonly fields?: readonly FieldInference[];
  readonly leftOut?: readonly FieldLeftOut[];
};

/** fitReport in steps (see ../steps.ts), so the CLI can stop it at Ctrl-C. */
export function* fitReportSteps(data: LabelledData, basePolicy: PolicyJson, options: FitOptions): Steps<FitReport> {
  const binning = options.binning ?? DEFAULT_FIT_BINNING;
  const inTrain = stratifiedSplit(data.targets, options.seed, binning.split);
  yield;
  const fitted = yield* fitScorecard(data, basePolicy, inTrain, options.select, binning);
  const provisional = policyFromJson(fitted.policy, "(fitted)").policy;
  const scores = scoresUnder(provisional, data.profiles);
  yield;
  const part = <T>(xs: readonly T[], train: boolean) => xs.filter((_, i) => inTrain[i] === train);
  const points = basePolicy.scorecard.scaling.points;
  const refitted = refitScaling(part(scores, true), part(data.targets, true), points);
  yield;
  const scaling = refitted ?? basePolicy.scorecard.scaling;
  const policyJson: PolicyJson = {
    ...fitted.policy,
    // A fitted policy fitted again is still "(fitted)", once.
    name: basePolicy.name.endsWith(" (fitted)") ? basePolicy.name : `${basePolicy.name} (fitted)`,
    note: `Fitted by suishendai fit on ${data.targets.length} records (seed ${options.seed}): see the fit report.`,
    scorecard: { ...fitted.policy.scorecard, scaling },
  };
  const policy = policyFromJson(policyJson, "(fitted)").policy;
  yield;
  const train = part(data.targets, true);
  const holdout = part(data.targets, false);
  options.onSplit?.(inTrain);
  const characteristics = fitted.characteristics.map((c) => describeCharacteristic(c, train.length));
  const trainBads = train.reduce<number>((s, t) => s + t, 0);
  const diagnostics = modelDiagnostics(characteristics.filter((c) => c.kept), fitted.columns, fitted.trainTargets, fitted.model);
  const labels = labelsReport(data, options);
  const warnings = [...labels.warnings, ...sampleWarnings(trainBads), ...modelWarnings(fitted.model.converged, fitted.model.iterations, refitted !== undefined), ...characteristics.flatMap((c) => characteristicWarnings(c, binning)), ...diagnosticWarnings(diagnostics)];
  return {
    command: "fit",
    target: options.target,
    ...labels.labels,
    seed: options.seed,
    binning,
    records: { used: data.targets.length, invalid: options.invalid },
    characteristics,
    model: {
      method: FIT_METHOD,
      iterations: fitted.model.iterations,
      converged: fitted.model.converged,
      intercept: fixed(fitted.model.intercept, 6),
      interceptStandardError: diagnostics.intercept.standardError,
      interceptZ: diagnostics.intercept.z,
      interceptPValue: diagnostics.intercept.pValue,
      minus2LogLikelihood: diagnostics.minus2LogLikelihood,
      aic: diagnostics.aic,
      coefficients: diagnostics.coefficients,
    },
    diagnostics: { correlated: diagnostics.correlated },
    selection: fitted.selection,
    base: policyJson.scorecard.base,
    scaling,
    metrics: { train: discrimination(part(scores, true), train), holdout: discrimination(part(scores, false), holdout) },
    calibration: calibration(policy, part(scores, false), holdout),
    ...performanceTables(part(scores, false), holdout),
    warnings,
    policy: policyJson,
  };
}
