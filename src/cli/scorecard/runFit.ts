import { Interrupted, OutputClosed, RecordsLeftOut, UsageError } from "../../app/errors.js";
import { fitReportSteps } from "../../app/scorecard/fitReport.js";
import { SELECT_METHODS } from "../../app/scorecard/selectMethods.js";
import { FORMATS } from "../../views/formats.js";
import { renderView } from "../../views/renderView.js";
import { SCORECARD_LABELS } from "../../views/scorecardLabels.js";
import { wantsAscii } from "../../views/wantsAscii.js";
import { writeAtomic } from "../atomicWrite.js";
import { colorLevel } from "../colorLevel.js";
import type { CliIo } from "../io.js";
import { parseChoice, parseWholeNumber } from "../parseInputs.js";
import { readerGone } from "../readerGone.js";
import { activePolicy } from "../policyOption.js";
import { chosenFormat, parseInputFormat, parseLang } from "../sharedOptions.js";
import { leftOutOf, readLabelled, requireUsable } from "./labelledInput.js";
import type { RawBinningOptions } from "./binningFlags.js";
import { parseBinning } from "./parseBinning.js";
import { checkOut } from "./outPath.js";
import { fitLabels, labelOptions, ownDataReading } from "./ownDataInput.js";
import { checkScores, writeScores } from "./writeScores.js";
import { fitScoreRows } from "../../app/scorecard/scoreRows.js";
import { computeUnlessInterrupted, refuseStdinTwice, stopIfInterrupted } from "./stopChecks.js";

export interface RawFitOptions extends RawBinningOptions {
  readonly target: string;
  readonly bad?: string;
  readonly id?: string;
  readonly fields?: string;
  readonly inputFormat?: string;
  readonly outcomes?: string;
  readonly policy?: string;
  readonly out?: string;
  readonly scores?: string;
  readonly seed: string;
  readonly select: string;
  readonly format: string;
  readonly json?: boolean;
  readonly lang?: string;
  readonly ascii?: boolean;
  readonly quiet: boolean;
}

/** The fewest goods and bads `fit` works with: the 30% holdout then keeps a few of each. */
export const FIT_LEAST_PER_CLASS = 10;

/** Runs `fit`: labelled records → binning, WOE, logistic fit, points → report on stdout, policy to --out. */
export async function runFit(io: CliIo, input: string, raw: RawFitOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.fit);
  const lang = parseLang(raw.lang, io.env);
  const seed = parseWholeNumber(raw.seed, "--seed", 0, 2 ** 32 - 1);
  const binning = parseBinning(raw);
  const inputFormat = parseInputFormat(raw.inputFormat, input);
  const select = parseChoice(raw.select, "--select", SELECT_METHODS);
  if (raw.target.trim() === "") throw new UsageError("--target: name the outcome field, e.g. --target defaulted");
  refuseStdinTwice(input, [["--policy", raw.policy, "policy"], ["--outcomes", raw.outcomes, "outcomes"]]);
  if (raw.out !== undefined) checkOut(raw.out, [["input", input], ["--outcomes", raw.outcomes], ["--policy", raw.policy]], io.stdinIdentity?.(), io.stdoutIdentities?.());
  if (raw.scores !== undefined) checkScores(raw.scores, [["input", input], ["--outcomes", raw.outcomes], ["--policy", raw.policy], ["--out", raw.out]], io.stdinIdentity?.(), io.stdoutIdentities?.());
  const base = await activePolicy(io, raw.policy, raw.quiet);
  const own = ownDataReading(raw, base.json);
  const labelled = await readLabelled(io, input, { target: raw.target, option: "input", quiet: raw.quiet, lang, format: inputFormat, declarations: base.policy, ...labelOptions(raw), prepare: own.prepare, ...(raw.outcomes === undefined ? {} : { outcomes: raw.outcomes }) });
  stopIfInterrupted(io);
  requireUsable(io, labelled, raw.target, FIT_LEAST_PER_CLASS, "fit", raw.bad);
  if (!raw.quiet) io.stderr(own.notes(lang));
  let inTrain: readonly boolean[] = [];
  const report = await computeUnlessInterrupted(io, fitReportSteps(labelled.data, own.data?.policy ?? base.json, { seed, target: raw.target, invalid: labelled.bad.length, binning, select, onSplit: (split) => void (inTrain = split), ...fitLabels(raw, own.data) }));
  // The report first: --out is written only once the report was (a failed report leaves --out as it was;
  // a reader of stdout that left does not). writeOut waits for stdout: a report that could not be written gets no note after it.
  const view = await renderView("fit", format, report, { lang, colorLevel: colorLevel(io), ascii: wantsAscii(raw.ascii === true, io.env), ...(io.columns ? { columns: io.columns } : {}) });
  const closed = await readerGone(() => io.writeOut(view));
  const files = [...(raw.out === undefined ? [] : [`--out ${raw.out}`]), ...(raw.scores === undefined ? [] : [`--scores ${raw.scores}`])];
  if (files.length > 0 && io.interrupted()) throw new Interrupted(`interrupted; the report was written, ${files.join(" and ")} left as it was`);
  if (raw.out !== undefined) await writeAtomic(raw.out, `${JSON.stringify(report.policy, null, 2)}\n`, "--out");
  if (raw.scores !== undefined) await writeScores(raw.scores, fitScoreRows(report.policy, labelled.data, inTrain), true);
  if (!raw.quiet && format === "table" && !closed) io.stderr(raw.out === undefined ? `note: ${SCORECARD_LABELS[lang].saveHint}\n` : `note: fitted policy written to ${raw.out}\n`);
  const bad = leftOutOf([labelled]);
  io.stderr(bad.lines);
  if (bad.summary) throw new RecordsLeftOut(bad.summary);
  if (closed) throw new OutputClosed();
}
