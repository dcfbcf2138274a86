import { unknownFieldWarnings } from "../../app/batch/readFailure.js";
import type { InputRecord } from "../../app/batch/inputRecord.js";
import { UsageError } from "../../app/errors.js";
import type { FieldCheck } from "../../app/batch/readProfile.js";
import { evaluateRecord } from "../../app/evaluateRecord.js";
import type { FieldOverride } from "../../app/overrides.js";
import { parseSegmentSpec, segmentKey } from "../../app/segmentSpecs.js";
import { evaluateWhatIf } from "../../app/whatIf.js";
import { OPTION_NAMES } from "../optionNames.js";
import type { SummaryBuilder } from "../../engine/simulate/summary.js";
import type { Policy } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import type { FORMATS } from "../../views/formats.js";
import { renderView } from "../../views/renderView.js";
import { wantsAscii } from "../../views/wantsAscii.js";
import { colorLevel } from "../colorLevel.js";
import type { CliIo } from "../io.js";
import type { SimulateWorkerSetup } from "./simulateWorkerSetup.js";

/** What one simulate run needs to answer: the setup workers get too, and the one-profile options. */
export interface Run {
  readonly setup: SimulateWorkerSetup;
  readonly policy: Policy;
  readonly summary: SummaryBuilder;
  readonly format: (typeof FORMATS.simulate)[number];
  readonly quiet: boolean;
  /** --what-if changes and --schedule: one profile's view only. */
  readonly whatIfs: readonly FieldOverride[];
  readonly schedule: boolean;
}

/** One profile: its readable answer (table or JSON), or its error as a usage error. */
export async function answerOne(io: CliIo, record: InputRecord, run: Run): Promise<void> {
  const { setup } = run;
  const fields = { strict: setup.strict, unknown: new Map<string, number>() };
  if (run.whatIfs.length) return answerWhatIf(io, record, run, fields);
  const outcome = evaluateRecord(record, run.policy, setup.overrides, setup.start, fields, setup.keep);
  if ("offer" in outcome) run.summary.add(outcome.offer, (setup.by ?? []).map((b) => segmentKey(parseSegmentSpec(b).spec, outcome.offer, outcome.input)));
  if (!run.quiet) io.stderr(unknownFieldWarnings(fields.unknown, (name) => describeUnknownField(name, declaredNames(run.policy))));
  if (!("offer" in outcome)) throw recordFailure(outcome);
  // --schedule draws the requested loan's quote: say so when there is none rather than draw nothing.
  if (run.schedule && !outcome.offer.quote && !run.quiet) io.stderr("note: --schedule: no requested loan was quoted for this profile (it has no request, or the request was declined), so there is no schedule to draw\n");
  const style = { lang: setup.lang, colorLevel: colorLevel(io), explain: setup.explain, ascii: wantsAscii(false, io.env) };
  const csv = run.format === "csv" ? { line: record.line, characteristics: run.policy.characteristics.map((c) => c.id) } : {};
  await io.writeOut(await renderView("offer", run.format, outcome.offer, { ...style, ...csv, ...(outcome.kept ? { kept: outcome.kept } : {}), ...(run.schedule ? { schedule: true } : {}) }));
}

/** One profile now and with the --what-if changes, side by side. */
async function answerWhatIf(io: CliIo, record: InputRecord, run: Run, fields: FieldCheck): Promise<void> {
  const { setup } = run;
  if (run.format === "csv") throw whatIfNotCsv();
  const outcome = evaluateWhatIf(record, run.policy, setup.overrides, run.whatIfs, setup.start, fields);
  if (!run.quiet) io.stderr(unknownFieldWarnings(fields.unknown, (name) => describeUnknownField(name, declaredNames(run.policy))));
  if (!("asIs" in outcome)) throw recordFailure(outcome.byWhatIf ? { ...outcome, error: `with ${OPTION_NAMES.whatIf}: ${outcome.error}` } : outcome);
  await io.writeOut(await renderView("whatIf", run.format, outcome, { lang: setup.lang, colorLevel: colorLevel(io), explain: setup.explain, ascii: wantsAscii(false, io.env) }));
}

/** --what-if sets two offers and the points that changed side by side: no flat row holds that. */
export function whatIfNotCsv(): UsageError {
  return new UsageError("--what-if: shows two offers side by side in the table or JSON; it does not take --format csv (give --format table or json)");
}

/** --what-if and --schedule draw one profile; in a batch they would be dropped, so they are refused. */
export function refuseInBatch(run: Run): void {
  if (run.whatIfs.length) throw new UsageError("--what-if: compares one profile, and the input holds more (--set changes every record of a batch)");
  if (run.schedule) throw new UsageError("--schedule: draws one profile's table; each NDJSON line of a batch holds its quote's schedule already");
}


/** A lone profile's error is a bad input; "invalid JSON: line 3, column 1: …" (located) says where already. */
function recordFailure(outcome: { readonly line: number; readonly error: string; readonly located?: true }): UsageError {
  return new UsageError(outcome.located ? outcome.error : `line ${outcome.line}: ${outcome.error}`);
}
