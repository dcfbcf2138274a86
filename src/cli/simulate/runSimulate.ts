import { unknownFieldWarnings } from "../../app/batch/readFailure.js";
import { readRecords, type InputRecord, type InputShape } from "../../app/batch/readRecords.js";
import { runRecords } from "../../app/batch/runRecords.js";
import { BatchHadErrors, IoError, UsageError } from "../../app/errors.js";
import { evaluateRecord, type FieldCheck } from "../../app/evaluateRecord.js";
import { parseKeep } from "../../app/keepFields.js";
import { parseOverride, type FieldOverride } from "../../app/overrides.js";
import { parseSegmentSpec, segmentKey } from "../../app/segmentSpecs.js";
import { evaluateWhatIf, parseWhatIf } from "../../app/whatIf.js";
import type { Policy } from "../../engine/simulate/types.js";
import { SummaryBuilder } from "../../engine/simulate/summary.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import { FORMATS, SUMMARY_FORMATS } from "../../views/formats.js";
import type { Lang } from "../../views/lang.js";
import { renderView } from "../../views/renderView.js";
import { wantsAscii } from "../../views/wantsAscii.js";
import { colorLevel } from "../colorLevel.js";
import type { CliIo } from "../io.js";
import { keyboardHint } from "../keyboardHint.js";
import { parseChoice, parseWholeNumber } from "../parseInputs.js";
import { activePolicy } from "../policyOption.js";
import { chosenFormat, parseLang, parseStart } from "../sharedOptions.js";
import { startProgress } from "./progress.js";
import { SIMULATE_WORKER_URL, simulateLines, type SimulateWorkerSetup } from "./simulateWorkerSetup.js";

export interface RawSimulateOptions {
  readonly policy?: string;
  readonly format: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly lang?: string;
  readonly explain?: boolean;
  readonly set: string[];
  readonly start?: string;
  readonly summary?: boolean;
  readonly summaryFormat?: string;
  readonly jobs?: string;
  readonly strict?: boolean;
  readonly keep: string[];
  readonly by: string[];
  readonly whatIf?: string[];
  readonly schedule?: boolean;
}

/**
 * Below this file size one thread is faster: starting workers and shipping
 * text to them costs more than they save. Measured with examples/profiles/
 * population.ndjson (350 bytes a profile) replicated, on the 2-core dev
 * machine, wall time of --jobs 1 / --jobs 2 (best of 3, other work running):
 * 1 MB 0.53 / 0.82 s, 3 MB 0.73 / 0.85 s, 10 MB 1.11–1.28 / 1.14–2.05 s,
 * 30 MB 2.54 / 2.79 s, 100 MB 8.6 / 19 s. Workers only broke even near
 * 10 MB, and only when the cores were not busy: so 10 MB.
 */
export const PARALLEL_FROM_BYTES = 10_000_000;

/** Two `--set` for one field: never "the last one wins" silently. */
function refuseRepeatedSets(overrides: readonly FieldOverride[], texts: readonly string[]): void {
  const seen = new Map<string, number>();
  overrides.forEach((o, i) => {
    const path = o.path.join(".");
    const before = seen.get(path);
    if (before !== undefined) throw new UsageError(`--set ${path} given twice (${texts[before]}, ${texts[i]}); give it once`);
    seen.set(path, i);
  });
}

/** Reads until two records are in hand, the input ends, or reading fails: one record alone gets the readable view. */
async function firstTwo(batches: AsyncGenerator<InputRecord[]>): Promise<{ first: InputRecord[]; done: boolean; readError?: Error }> {
  const first: InputRecord[] = [];
  while (first.length < 2) {
    let step: IteratorResult<InputRecord[]>;
    try {
      step = await batches.next();
    } catch (error) {
      return { first, done: false, readError: error instanceof Error ? error : new Error(String(error)) };
    }
    if (step.done) return { first, done: true };
    for (const record of step.value) first.push(record);
  }
  return { first, done: false };
}

/** The records read ahead, then the read error that stopped them, then the rest. */
async function* resume(first: InputRecord[], readError: Error | undefined, batches: AsyncGenerator<InputRecord[]>): AsyncGenerator<InputRecord[]> {
  if (first.length) yield first;
  if (readError) throw readError;
  yield* batches;
}

interface Run {
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
async function answerOne(io: CliIo, record: InputRecord, run: Run): Promise<void> {
  const { setup } = run;
  const fields = { strict: setup.strict, unknown: new Map<string, number>() };
  if (run.whatIfs.length) return answerWhatIf(io, record, run, fields);
  const outcome = evaluateRecord(record, run.policy, setup.overrides, setup.start, fields, setup.keep);
  if ("offer" in outcome) run.summary.add(outcome.offer, (setup.by ?? []).map((b) => segmentKey(parseSegmentSpec(b).spec, outcome.offer, outcome.input)));
  if (!run.quiet) io.stderr(unknownFieldWarnings(fields.unknown, describeUnknownField));
  // "invalid JSON: line 3, column 1: …" says where already.
  if (!("offer" in outcome)) throw new UsageError(/^invalid JSON: line \d/.test(outcome.error) ? outcome.error : `line ${outcome.line}: ${outcome.error}`);
  const style = { lang: setup.lang, colorLevel: colorLevel(io), explain: setup.explain, ascii: wantsAscii(false, io.env) };
  await io.writeOut(await renderView("offer", run.format, outcome.offer, { ...style, ...(outcome.kept ? { kept: outcome.kept } : {}), ...(run.schedule ? { schedule: true } : {}) }));
}


/** One profile now and with the --what-if changes, side by side. */
async function answerWhatIf(io: CliIo, record: InputRecord, run: Run, fields: FieldCheck): Promise<void> {
  const { setup } = run;
  const outcome = evaluateWhatIf(record, run.policy, setup.overrides, run.whatIfs, setup.start, fields);
  if (!run.quiet) io.stderr(unknownFieldWarnings(fields.unknown, describeUnknownField));
  if (!("asIs" in outcome)) throw new UsageError(/^invalid JSON: line \d/.test(outcome.error) ? outcome.error : `line ${outcome.line}: ${outcome.error}`);
  await io.writeOut(await renderView("whatIf", run.format, outcome, { lang: setup.lang, colorLevel: colorLevel(io), explain: setup.explain, ascii: wantsAscii(false, io.env) }));
}

/** --what-if and --schedule draw one profile; in a batch they would be dropped, so they are refused. */
function refuseInBatch(run: Run): void {
  if (run.whatIfs.length) throw new UsageError("--what-if: compares one profile, and the input holds more (--set changes every record of a batch)");
  if (run.schedule) throw new UsageError("--schedule: draws one profile's table; each NDJSON line of a batch holds its quote's schedule already");
}

/**
 * Runs `simulate`: records → validation → engine → JSON lines or a readable
 * view. Loaded only when the command runs, so `quote` never pays for zod.
 */
export async function runSimulate(io: CliIo, input: string, raw: RawSimulateOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.simulate);
  const lang: Lang = parseLang(raw.lang, io.env);
  if (raw.summaryFormat !== undefined && !raw.summary) throw new UsageError("--summary-format: needs --summary");
  const summaryFormat = parseChoice(raw.summaryFormat ?? SUMMARY_FORMATS[0], "--summary-format", SUMMARY_FORMATS);
  const start = parseStart(raw.start, io.today);
  const overrides = raw.set.map(parseOverride);
  refuseRepeatedSets(overrides, raw.set);
  const by = raw.by.map(parseSegmentSpec);
  if (by.length && !raw.summary) throw new UsageError("--by: segments a summary, so it needs --summary");
  const whatIfs = (raw.whatIf ?? []).map(parseWhatIf);
  if (raw.schedule && format !== "table") throw new UsageError(`--schedule: draws the table format's schedule; --format ${format} holds it in quote.schedule`);
  if (raw.schedule && whatIfs.length) throw new UsageError("--schedule: not with --what-if (its view sets two offers side by side)");
  const { policy, json: policyJson } = await activePolicy(io, raw.policy, raw.quiet === true);
  const name = input === "-" ? "stdin" : input;

  const source = await io.openInput(input).catch((error: Error) => {
    throw new IoError(`input: cannot read ${name}: ${error.message}`);
  });
  const seen: { shape: InputShape } = { shape: "ndjson" };
  const batches = readRecords(source, (shape) => (seen.shape = shape));
  const summary = new SummaryBuilder(policy.pricing.lgd, by);
  const keyboard = input === "-" && io.stdinIsTTY;
  keyboardHint(io, input, "profiles (JSON, one per line)", raw.quiet === true);
  // No bar over what a person is typing.
  const progress = await startProgress(io, raw.quiet === true || keyboard);
  const large = source.size !== undefined && source.size >= PARALLEL_FROM_BYTES;
  const jobs = raw.jobs === undefined ? (large ? Math.min(8, io.cpus) : 1) : parseWholeNumber(raw.jobs, "--jobs", 1, 64);
  const setup: SimulateWorkerSetup = { policyJson, overrides, start, lang, explain: raw.explain === true, summary: raw.summary === true, strict: raw.strict === true, keep: parseKeep(raw.keep), by: raw.by };
  const run: Run = { setup, policy, summary, format, quiet: raw.quiet === true, whatIfs, schedule: raw.schedule === true };

  const { first, done, readError } = await firstTwo(batches);
  let invalid = 0;
  if (first.length === 1 && done && seen.shape !== "array" && !io.interrupted()) {
    progress.stop();
    await answerOne(io, first[0] as InputRecord, run);
  } else {
    refuseInBatch(run);
    const parallel = jobs > 1 && !readError && seen.shape !== "document" && first.length >= 2;
    let totals;
    try {
      totals = await runRecords(
        { records: resume(first, readError, batches), write: (text) => io.writeOut(text), interrupted: () => io.interrupted(), progress, source: name, ...(raw.summary ? { summary } : {}) },
        parallel ? { kind: "workers", jobs, worker: SIMULATE_WORKER_URL, workerData: setup } : { kind: "sequential", evaluate: simulateLines(policy, setup) },
      );
    } finally {
      progress.stop();
    }
    if (totals.count === 0) throw new UsageError(`input: no profile found in ${name}`);
    if (!run.quiet) io.stderr(unknownFieldWarnings(totals.unknown, describeUnknownField));
    invalid = totals.invalid;
  }
  if (raw.summary) io.stderr(await renderView("summary", summaryFormat, summary.result(), { lang, colorLevel: 0 }));
  if (invalid > 0) throw new BatchHadErrors(invalid);
}
