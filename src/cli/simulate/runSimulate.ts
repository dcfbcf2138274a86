import { SummaryBuilder } from "../../engine/simulate/summary.js";
import { Decimal } from "../../engine/decimal.js";
import { langFromEnv, LANGS, type Lang } from "../../views/lang.js";
import { errorRecordJson, offerToJson } from "../../views/offerJson.js";
import { colorLevel } from "../colorLevel.js";
import type { CliIo } from "../io.js";
import { parseChoice, parseIsoDate } from "../parseInputs.js";
import { activePolicy } from "../policyOption.js";
import { UsageError } from "../usageError.js";
import { parseOverride } from "./applySets.js";
import { evaluateRecord, type Outcome } from "./evaluate.js";
import { startProgress } from "./progress.js";
import { BatchHadErrors } from "./batchHadErrors.js";
import { readRecords, type InputShape } from "./readRecords.js";

export interface RawSimulateOptions {
  readonly policy?: string;
  readonly format: string;
  readonly lang?: string;
  readonly explain?: boolean;
  readonly set: string[];
  readonly start?: string;
  readonly summary?: boolean;
  readonly summaryFormat: string;
}

/** Batches output into large writes: one write per few hundred offers, not per line. */
const FLUSH_AT = 1 << 16;

/**
 * Runs `simulate`: records → validation → engine → JSON lines or a readable
 * view. Loaded only when the command runs, so `quote` never pays for zod.
 */
export async function runSimulate(io: CliIo, input: string, raw: RawSimulateOptions): Promise<void> {
  const format = parseChoice(raw.format, "--format", ["table", "json"]);
  const lang: Lang = raw.lang === undefined ? langFromEnv(io.env) : parseChoice(raw.lang, "--lang", LANGS);
  const summaryFormat = parseChoice(raw.summaryFormat, "--summary-format", ["text", "json"]);
  const start = raw.start === undefined ? io.today() : parseIsoDate(raw.start, "--start");
  const overrides = raw.set.map(parseOverride);
  const { policy, json: policyJson } = await activePolicy(io, raw.policy);
  const explain = raw.explain === true;

  let source;
  try {
    source = await io.openInput(input);
  } catch (error) {
    throw new UsageError(`input: cannot read ${input === "-" ? "stdin" : input}: ${(error as Error).message}`);
  }
  const seen: { shape: InputShape } = { shape: "ndjson" };
  const batches = await readRecords(source, (shape) => (seen.shape = shape));
  const summary = new SummaryBuilder(new Decimal(String(policyJson.pricing.lgd)));
  const progress = await startProgress(io);
  const line = (o: Outcome) => `${JSON.stringify("offer" in o ? offerToJson(o.offer, lang, explain) : errorRecordJson(o.line, o.id, o.error))}\n`;

  let pending: Outcome | undefined; // the first outcome waits: one record alone gets the readable view
  let count = 0;
  let invalid = 0;
  let out = "";
  for await (const batch of batches) {
    for (const record of batch) {
      const outcome = evaluateRecord(record, policy, overrides, start);
      if ("offer" in outcome) summary.add(outcome.offer);
      else (summary.addInvalid(), invalid++);
      count++;
      if (count === 1 && seen.shape !== "array") {
        pending = outcome;
        continue;
      }
      if (pending) (out += line(pending)), (pending = undefined);
      out += line(outcome);
    }
    if (out.length >= FLUSH_AT) await io.writeOut(out), (out = "");
    progress.update(count);
  }
  progress.stop();
  if (count === 0) throw new UsageError(`input: no profile found in ${input === "-" ? "stdin" : input}`);
  if (pending && count === 1) {
    if (!("offer" in pending)) throw new UsageError(`line ${pending.line}: ${pending.error}`);
    if (format === "json") out = `${JSON.stringify(offerToJson(pending.offer, lang, explain), null, 2)}\n`;
    else {
      const { renderOfferTable } = await import("../../views/offerTable.js");
      out = renderOfferTable(pending.offer, { lang, colorLevel: colorLevel(io), explain });
    }
  }
  if (out) await io.writeOut(out);
  if (raw.summary) {
    const { renderSummaryText, summaryToJson } = await import("../../views/summaryView.js");
    io.stderr(summaryFormat === "json" ? `${JSON.stringify(summaryToJson(summary.result()))}\n` : renderSummaryText(summary.result()));
  }
  if (invalid > 0) throw new BatchHadErrors(invalid);
}
