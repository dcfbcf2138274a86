import type { Policy } from "../../engine/simulate/types.js";
import type { Lang } from "../../views/lang.js";
import type { FieldOverride } from "./applySets.js";
import { evaluateRecord, UNKNOWN_NAMES } from "./evaluate.js";
import { outcomeLine } from "./outcomeLine.js";
import type { InputRecord } from "./readRecords.js";
import type { SummaryRow, WorkerResult } from "./workerProtocol.js";

/** Evaluates a batch of records into NDJSON text; the same code runs in the main thread and in workers. */
export function evaluateBatch(
  records: readonly InputRecord[],
  policy: Policy,
  options: { readonly overrides: readonly FieldOverride[]; readonly start: string; readonly lang: Lang; readonly explain: boolean; readonly summary: boolean; readonly strict: boolean },
): WorkerResult {
  let out = "";
  let invalid = 0;
  const summaries: SummaryRow[] = [];
  const fields = { strict: options.strict, unknown: new Map<string, number>(), maxNames: 100 * UNKNOWN_NAMES };
  for (const record of records) {
    const outcome = evaluateRecord(record, policy, options.overrides, options.start, fields);
    out += outcomeLine(outcome, options.lang, options.explain);
    if (!("offer" in outcome)) invalid++;
    else if (options.summary) {
      const o = outcome.offer;
      summaries.push([o.decision, o.code, o.apr?.toString() ?? null, o.limit?.toString() ?? null, o.pd?.toString() ?? null]);
    }
  }
  return { out, count: records.length, invalid, summaries, unknown: [...fields.unknown] };
}
