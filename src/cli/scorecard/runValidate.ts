import { Interrupted, RecordsLeftOut, UsageError } from "../../app/errors.js";
import { validateReportSteps } from "../../app/scorecard/validateReport.js";
import { FORMATS } from "../../views/formats.js";
import { renderView } from "../../views/renderView.js";
import { wantsAscii } from "../../views/wantsAscii.js";
import { colorLevel } from "../colorLevel.js";
import type { CliIo } from "../io.js";
import { activePolicy } from "../policyOption.js";
import { chosenFormat, parseInputFormat, parseLang } from "../sharedOptions.js";
import { leftOutOf, readLabelled, requireUsable } from "./labelledInput.js";
import { idReading, labelOptions } from "./ownDataInput.js";
import { computeUnlessInterrupted, refuseStdinTwice, stopIfInterrupted } from "./stopChecks.js";
import { checkScores, writeScores } from "./writeScores.js";
import { scoreRows } from "../../app/scorecard/scoreRows.js";

export interface RawValidateOptions {
  readonly target: string;
  readonly bad?: string;
  readonly id?: string;
  readonly inputFormat?: string;
  readonly outcomes?: string;
  readonly policy?: string;
  readonly baseline?: string;
  readonly scores?: string;
  readonly format: string;
  readonly json?: boolean;
  readonly lang?: string;
  readonly ascii?: boolean;
  readonly quiet: boolean;
}

/** Runs `validate`: a policy's KS, AUC/Gini and calibration on labelled records; with --baseline, PSI. */
export async function runValidate(io: CliIo, input: string, raw: RawValidateOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.validate);
  const lang = parseLang(raw.lang, io.env);
  const inputFormat = parseInputFormat(raw.inputFormat, input);
  if (raw.target.trim() === "") throw new UsageError("--target: name the outcome field, e.g. --target defaulted");
  refuseStdinTwice(input, [["--baseline", raw.baseline, "baseline"], ["--policy", raw.policy, "policy"], ["--outcomes", raw.outcomes, "outcomes"]]);
  if (raw.scores !== undefined) checkScores(raw.scores, [["input", input], ["--outcomes", raw.outcomes], ["--policy", raw.policy], ["--baseline", raw.baseline]], io.stdinIdentity?.(), io.stdoutIdentities?.());
  const { policy, json } = await activePolicy(io, raw.policy, raw.quiet);
  const labelled = await readLabelled(io, input, { target: raw.target, option: "input", quiet: raw.quiet, lang, format: inputFormat, declarations: policy, ...labelOptions(raw), prepare: idReading(raw), ...(raw.outcomes === undefined ? {} : { outcomes: raw.outcomes }) });
  requireUsable(io, labelled, raw.target, 1, "validate", raw.bad);
  const baseline = raw.baseline === undefined ? undefined : await readLabelled(io, raw.baseline, { option: "--baseline", outcomeField: raw.target, quiet: raw.quiet, lang, declarations: policy, prepare: idReading(raw) });
  if (baseline && baseline.data.profiles.length === 0) {
    const first = baseline.bad[0];
    throw new UsageError(`--baseline ${baseline.name}: no usable profile${first ? ` (line ${first.line}: ${first.error})` : ""}`);
  }
  stopIfInterrupted(io);
  const report = await computeUnlessInterrupted(io, validateReportSteps(labelled.data, policy, {
    target: raw.target,
    ...labelOptions(raw),
    policyName: raw.policy === undefined || raw.policy === "-" ? json.name : raw.policy,
    invalid: labelled.bad.length,
    ...(baseline ? { baseline: { profiles: baseline.data.profiles, invalid: baseline.bad.length } } : {}),
  }));
  await io.writeOut(await renderView("validate", format, report, { lang, colorLevel: colorLevel(io), ascii: wantsAscii(raw.ascii === true, io.env), ...(io.columns ? { columns: io.columns } : {}) }));
  if (raw.scores !== undefined) {
    if (io.interrupted()) throw new Interrupted(`interrupted; the report was written, --scores ${raw.scores} left as it was`);
    await writeScores(raw.scores, scoreRows(policy, labelled.data), false);
  }
  // The input again as baseline: its records left out are the input's, already named.
  const bad = leftOutOf([labelled, ...(baseline && baseline.name !== labelled.name ? [baseline] : [])]);
  io.stderr(bad.lines);
  if (bad.summary) throw new RecordsLeftOut(bad.summary);
}
