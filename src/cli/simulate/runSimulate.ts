import { SummaryBuilder } from "../../engine/simulate/summary.js";
import { Decimal } from "../../engine/decimal.js";
import { langFromEnv, LANGS, type Lang } from "../../views/lang.js";
import { offerToJson } from "../../views/offerJson.js";
import { outcomeLine } from "./outcomeLine.js";
import { colorLevel } from "../colorLevel.js";
import type { CliIo } from "../io.js";
import { parseChoice, parseIsoDate, parseWholeNumber } from "../parseInputs.js";
import { activePolicy } from "../policyOption.js";
import { Interrupted, IoError } from "../ioError.js";
import { describeUnknownField } from "../../policy/profileFields.js";
import { readFailure, unknownFieldWarnings } from "./readFailure.js";
import { chosenFormat } from "../outputOptions.js";
import { UsageError } from "../usageError.js";
import { parseOverride } from "./applySets.js";
import { evaluateRecord } from "./evaluate.js";
import { startProgress } from "./progress.js";
import { BatchHadErrors } from "./batchHadErrors.js";
import { LineWriter, nextBatch } from "./lineWriter.js";
import { readRecords, type InputRecord, type InputShape } from "./readRecords.js";

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
  readonly summaryFormat: string;
  readonly jobs?: string;
  readonly strict?: boolean;
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

/**
 * Runs `simulate`: records → validation → engine → JSON lines or a readable
 * view. Loaded only when the command runs, so `quote` never pays for zod.
 */
export async function runSimulate(io: CliIo, input: string, raw: RawSimulateOptions): Promise<void> {
  const format = chosenFormat(raw, ["table", "json"] as const);
  const lang: Lang = raw.lang === undefined ? langFromEnv(io.env) : parseChoice(raw.lang, "--lang", LANGS);
  const summaryFormat = parseChoice(raw.summaryFormat, "--summary-format", ["text", "json"]);
  const start = raw.start === undefined ? io.today() : parseIsoDate(raw.start, "--start");
  const overrides = raw.set.map(parseOverride);
  const { policy, json: policyJson } = await activePolicy(io, raw.policy);
  const explain = raw.explain === true;
  const name = input === "-" ? "stdin" : input;

  const source = await io.openInput(input).catch((error: Error) => {
    throw new IoError(`input: cannot read ${name}: ${error.message}`);
  });
  const seen: { shape: InputShape } = { shape: "ndjson" };
  const batches = readRecords(source, (shape) => (seen.shape = shape));
  const summary = new SummaryBuilder(new Decimal(String(policyJson.pricing.lgd)));
  const progress = await startProgress(io, raw.quiet === true);
  const writer = new LineWriter(io, (o) => outcomeLine(o, lang, explain));
  const large = source.size !== undefined && source.size >= PARALLEL_FROM_BYTES;
  const jobs = raw.jobs === undefined ? (large ? Math.min(8, io.cpus) : 1) : parseWholeNumber(raw.jobs, "--jobs", 1, 64);
  const fields = { strict: raw.strict === true, unknown: new Map<string, number>() };

  // Read until two records are in hand (or the input ends): one record alone gets the readable view.
  const first: InputRecord[] = [];
  let readError: Error | undefined;
  while (first.length < 2) {
    const step = await nextBatch(batches);
    if ("readError" in step) {
      readError = step.readError;
      break;
    }
    if (step.done) break;
    for (const record of step.value) first.push(record);
  }

  let count = 0;
  let invalid = 0;
  if (jobs > 1 && !readError && seen.shape !== "document" && first.length >= 2) {
    const setup = { policyJson, overrides, start, lang, explain, summary: raw.summary === true, strict: fields.strict };
    const { runParallel } = await import("./runParallel.js");
    ({ count, invalid } = await runParallel(io, jobs, setup, first, batches, summary, progress, name, fields.unknown));
  } else {
    let pendingBatch: InputRecord[] | undefined = first;
    for (;;) {
      let records: InputRecord[];
      if (pendingBatch) [records, pendingBatch] = [pendingBatch, undefined];
      else {
        const step = readError ? { readError } : await nextBatch(batches);
        if ("readError" in step) {
          // Keep every record already read, whole, then say what happened.
          progress.stop();
          writer.release();
          await writer.flush(true);
          throw readFailure(step.readError, name, count);
        }
        if (step.done) break;
        records = step.value;
      }
      for (const record of records) {
        const outcome = evaluateRecord(record, policy, overrides, start, fields);
        if ("offer" in outcome) summary.add(outcome.offer);
        else (summary.addInvalid(), invalid++);
        count++;
        writer.add(outcome, count === 1 && seen.shape !== "array");
      }
      await writer.flush();
      progress.update(count);
      if (io.interrupted()) {
        progress.stop();
        writer.release();
        await writer.flush(true);
        throw new Interrupted(`interrupted after ${count} record(s); every line written is whole`);
      }
    }
  }
  progress.stop();
  if (count === 0) throw new UsageError(`input: no profile found in ${name}`);
  if (!raw.quiet) io.stderr(unknownFieldWarnings(fields.unknown, describeUnknownField));
  const alone = writer.pending;
  if (alone && count === 1) {
    // "invalid JSON: line 3, column 1: …" says where already.
    if (!("offer" in alone)) throw new UsageError(/^invalid JSON: line \d/.test(alone.error) ? alone.error : `line ${alone.line}: ${alone.error}`);
    if (format === "json") await io.writeOut(`${JSON.stringify(offerToJson(alone.offer, lang, explain), null, 2)}\n`);
    else {
      const { renderOfferTable } = await import("../../views/offerTable.js");
      await io.writeOut(renderOfferTable(alone.offer, { lang, colorLevel: colorLevel(io), explain }));
    }
  }
  await writer.flush(true);
  if (raw.summary) {
    const { renderSummaryText, summaryToJson } = await import("../../views/summaryView.js");
    io.stderr(summaryFormat === "json" ? `${JSON.stringify(summaryToJson(summary.result()))}\n` : renderSummaryText(summary.result(), lang));
  }
  if (invalid > 0) throw new BatchHadErrors(invalid);
}
