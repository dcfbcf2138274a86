import { unknownFieldWarnings } from "../../app/batch/readFailure.js";
import { declaredFieldTypes } from "../../app/batch/csvFieldTypes.js";
import { readRecords, type InputRecord, type InputShape } from "../../app/batch/readRecords.js";
import { runRecords } from "../../app/batch/runRecords.js";
import { BatchHadErrors, IoError, UsageError } from "../../app/errors.js";
import { parseKeep } from "../../app/keepFields.js";
import { parseOverride } from "../../app/overrides.js";
import { refuseRepeatedValues } from "../../app/repeats.js";
import { parseSegmentSpec } from "../../app/segmentSpecs.js";
import { parseWhatIf } from "../../app/whatIf.js";
import { SummaryBuilder } from "../../engine/simulate/summary.js";
import type { Policy } from "../../engine/simulate/types.js";
import { declaredNames } from "../../policy/declaredNames.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import { FORMATS, SUMMARY_FORMATS } from "../../views/formats.js";
import type { Lang } from "../../views/lang.js";
import { renderView } from "../../views/renderView.js";
import type { CliIo } from "../io.js";
import { keyboardHint } from "../keyboardHint.js";
import { parseChoice } from "../parseInputs.js";
import { activePolicy } from "../policyOption.js";
import { chosenFormat, parseInputFormat, parseJobs, parseLang, parseStart } from "../sharedOptions.js";
import { answerOne, refuseInBatch, whatIfNotCsv, type Run } from "./answerOne.js";
import { firstTwo, resume } from "./firstRecords.js";
import { startProgress } from "./progress.js";
import { SIMULATE_WORKER_URL, simulateLines, type SimulateWorkerSetup } from "./simulateWorkerSetup.js";

export interface RawSimulateOptions {
  readonly policy?: string;
  readonly inputFormat?: string;
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

/** --what-if draws its own two-column view of one profile: options it would not apply are refused. */
function refuseBesideWhatIf(whatIf: boolean, raw: RawSimulateOptions): void {
  if (!whatIf) return;
  const unused = raw.summary ? "--summary" : raw.explain ? "--explain" : raw.keep.length ? "--keep" : undefined;
  if (unused) throw new UsageError(`--what-if: shows one profile as it is and as it would be, with the points that changed; it does not take ${unused}`);
}

/** --format csv in a batch: the header once, before the first record's row (none for an input without records), and the CSV evaluator. */
async function csvBatch(io: CliIo, policy: Policy, setup: SimulateWorkerSetup) {
  const { simulateCsvHeader, simulateCsvLines } = await import("./simulateCsvLines.js");
  let header = simulateCsvHeader(policy, setup);
  const write = (text: string) => {
    const out = header + text;
    header = "";
    return io.writeOut(out);
  };
  return { write, evaluate: () => simulateCsvLines(policy, setup) };
}

/**
 * Runs `simulate`: records → validation → engine → JSON lines or a readable
 * view. Loaded only when the command runs, so `quote` never pays for zod.
 */
export async function runSimulate(io: CliIo, input: string, raw: RawSimulateOptions): Promise<void> {
  const format = chosenFormat(raw, FORMATS.simulate);
  const inputFormat = parseInputFormat(raw.inputFormat, input);
  const lang: Lang = parseLang(raw.lang, io.env);
  if (raw.summaryFormat !== undefined && !raw.summary) throw new UsageError("--summary-format: needs --summary");
  const summaryFormat = parseChoice(raw.summaryFormat ?? SUMMARY_FORMATS[0], "--summary-format", SUMMARY_FORMATS);
  const start = parseStart(raw.start, io.today);
  const by = raw.by.map(parseSegmentSpec);
  if (by.length && !raw.summary) throw new UsageError("--by: segments a summary, so it needs --summary");
  const whatIfGiven = (raw.whatIf ?? []).length > 0;
  refuseRepeatedValues("--by", raw.by, raw.by, (b) => b);
  refuseBesideWhatIf(whatIfGiven, raw);
  if (whatIfGiven && format === "csv") throw whatIfNotCsv();
  if (raw.schedule && format === "csv") throw new UsageError("--schedule: draws the table format's schedule; --format csv has no schedule column (--format json holds it in quote.schedule)");
  if (raw.schedule && format !== "table") throw new UsageError(`--schedule: draws the table format's schedule; --format ${format} holds it in quote.schedule`);
  if (raw.schedule && whatIfGiven) throw new UsageError("--schedule: not with --what-if (its view sets two offers side by side)");
  const { policy, json: policyJson } = await activePolicy(io, raw.policy, raw.quiet === true);
  // --set and --what-if may name a field the policy declares: read once the policy is.
  const overrides = raw.set.map((text) => parseOverride(text, policy));
  refuseRepeatedValues("--set", overrides, raw.set, (o) => o.path.join("."));
  const whatIfs = (raw.whatIf ?? []).map((text) => parseWhatIf(text, policy));
  refuseRepeatedValues("--what-if", whatIfs, raw.whatIf ?? [], (o) => o.path.join("."));
  // Every option is checked before the bar starts: an error then never meets a bar left running.
  const keep = parseKeep(raw.keep, declaredNames(policy));
  const asked = raw.jobs === undefined ? undefined : parseJobs(raw.jobs, io.cpus);
  const name = input === "-" ? "stdin" : input;

  const source = await io.openInput(input).catch((error: Error) => {
    throw new IoError(`input: cannot read ${name}: ${error.message}`);
  });
  const seen: { shape: InputShape } = { shape: "ndjson" };
  const batches = readRecords(source, (shape) => (seen.shape = shape), { format: inputFormat, fieldTypes: declaredFieldTypes(policy) });
  const summary = new SummaryBuilder(policy.pricing.lgd, by);
  const keyboard = input === "-" && io.stdinIsTTY;
  keyboardHint(io, input, "profiles (JSON, one per line)", raw.quiet === true);
  const large = source.size !== undefined && source.size >= PARALLEL_FROM_BYTES;
  if (asked?.note && !raw.quiet) io.stderr(asked.note);
  const jobs = asked?.jobs ?? (large ? Math.min(8, io.cpus) : 1);
  const setup: SimulateWorkerSetup = { policyJson, overrides, start, lang, explain: raw.explain === true, summary: raw.summary === true, strict: raw.strict === true, keep, by: raw.by, csv: format === "csv" };
  const run: Run = { setup, policy, summary, format, quiet: raw.quiet === true, whatIfs, schedule: raw.schedule === true };

  // No bar over what a person is typing.
  const progress = await startProgress(io, raw.quiet === true || keyboard);
  let invalid = 0;
  // Whatever ends the run, the bar stops: its timer would otherwise keep the process alive after an error.
  try {
    const { first, done, readError } = await firstTwo(batches);
    if (first.length === 1 && done && seen.shape !== "array" && !io.interrupted()) {
      progress.stop();
      await answerOne(io, first[0] as InputRecord, run);
    } else {
      refuseInBatch(run);
      const parallel = jobs > 1 && !readError && seen.shape !== "document" && first.length >= 2;
      const { write, evaluate } = setup.csv ? await csvBatch(io, policy, setup) : { write: (text: string) => io.writeOut(text), evaluate: () => simulateLines(policy, setup) };
      const totals = await runRecords(
        { records: resume(first, readError, batches), write, interrupted: () => io.interrupted(), progress, source: name, ...(raw.summary ? { summary } : {}) },
        parallel ? { kind: "workers", jobs, worker: SIMULATE_WORKER_URL, workerData: setup } : { kind: "sequential", evaluate: evaluate() },
      );
      progress.stop();
      if (totals.count === 0) throw new UsageError(`input: no profile found in ${name}`);
      if (!run.quiet) io.stderr(unknownFieldWarnings(totals.unknown, (name) => describeUnknownField(name, declaredNames(policy))));
      invalid = totals.invalid;
    }
  } finally {
    progress.stop();
  }
  if (raw.summary) io.stderr(await renderView("summary", summaryFormat, summary.result(), { lang, colorLevel: 0 }));
  if (invalid > 0) throw new BatchHadErrors(invalid);
}
