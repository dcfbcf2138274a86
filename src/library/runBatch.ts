import type { InputSource } from "../app/batch/inputSource.js";
import type { CsvFieldType } from "../app/batch/csvFieldTypes.js";
import type { InputFormat } from "../app/batch/inputFormat.js";
import { readRecords } from "../app/batch/readRecords.js";
import { runRecords } from "../app/batch/runRecords.js";
import { parseOverride } from "../app/overrides.js";
import { simulateEvaluator } from "../app/simulateEvaluator.js";
import type { IsoDate } from "../engine/dates.js";
import { SummaryBuilder, type Summary } from "../engine/simulate/summary.js";
import type { Policy } from "../engine/simulate/types.js";
import { defaultPolicy } from "../policy/defaultPolicy.js";
import type { Lang } from "../views/lang.js";
import { outcomeLine } from "../views/outcomeLine.js";

export interface BatchOptions {
  /** Drawdown date of a requested loan's quote: the library has no clock. */
  readonly start: IsoDate;
  /** The built-in policy unless given (see policyFromJson). */
  readonly policy?: Policy;
  /** Language of reasons in the lines (default zh). */
  readonly lang?: Lang;
  /** Add the points of each characteristic. */
  readonly explain?: boolean;
  /** An unknown profile field makes its record an error line (default: counted in `unknown`). */
  readonly strict?: boolean;
  /** What-ifs as `simulate --set` takes them: "zhimaScore=720". */
  readonly set?: readonly string[];
  /** How `input` is written: auto (default: "{" or "[" first is JSON, anything else CSV with a header row), json or csv. */
  readonly inputFormat?: InputFormat;
  /** CSV only: the types of columns beyond the built-in profile fields (a column of no known type is a number when it is a plain decimal, else text). */
  readonly fieldTypes?: ReadonlyMap<string, CsvFieldType>;
  /** Where lines go as they are made; without it they are collected into `lines`. */
  readonly write?: (text: string) => void | Promise<void>;
}

export interface BatchOutput {
  /** One NDJSON line per record, in input order (empty when `write` took them). */
  readonly lines: string;
  readonly count: number;
  readonly invalid: number;
  readonly unknown: ReadonlyMap<string, number>;
  readonly summary: Summary;
}

/**
 * `simulate` on many profiles, as the CLI runs it: NDJSON, a JSON array, one
 * document or CSV in; one JSON line per record out, an invalid record replaced by
 * {"line","id","error"}. A read error of `input` is thrown after the lines before it.
 */
export async function runBatch(input: string | InputSource["chunks"], options: BatchOptions): Promise<BatchOutput> {
  const policy = options.policy ?? defaultPolicy().policy;
  const setup = { overrides: (options.set ?? []).map((text) => parseOverride(text, policy)), start: options.start, summary: true, strict: options.strict === true };
  const lang = options.lang ?? "zh";
  const evaluate = simulateEvaluator(policy, setup, (outcome) => outcomeLine(outcome, lang, options.explain === true));
  const summary = new SummaryBuilder(policy.pricing.lgd);
  let lines = "";
  const write = options.write ?? ((text: string) => void (lines += text));
  const chunks = typeof input === "string" ? (async function* () { yield input; })() : input;
  const records = readRecords({ chunks }, () => {}, { ...(options.inputFormat ? { format: options.inputFormat } : {}), ...(options.fieldTypes ? { fieldTypes: options.fieldTypes } : {}) });
  const totals = await runRecords({ records, write: async (text) => void (await write(text)), interrupted: () => false, source: "input", summary }, { kind: "sequential", evaluate });
  return { lines, ...totals, summary: summary.result() };
}
