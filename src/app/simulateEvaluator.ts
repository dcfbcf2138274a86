import type { Policy } from "../engine/simulate/types.js";
import { summaryRow, type BatchEvaluator, type SummaryRow } from "./batch/batchResult.js";
import { evaluateRecord, type Outcome } from "./evaluateRecord.js";
import { UNKNOWN_NAMES } from "./batch/readProfile.js";
import type { FieldOverride } from "./overrides.js";
import { parseSegmentSpec, segmentKey } from "./segmentSpecs.js";

/** How a simulate batch runs: plain data, so a worker thread can be started with it. */
export interface SimulateSetup {
  readonly overrides: readonly FieldOverride[];
  readonly start: string;
  /** Gather summary rows (--summary). */
  readonly summary: boolean;
  /** --strict: an unknown profile field makes its record an error. */
  readonly strict: boolean;
  /** --keep: input fields carried into each offer line. */
  readonly keep?: readonly string[];
  /** --by, as written (parsed in each thread: plain strings cross to workers). */
  readonly by?: readonly string[];
}

/**
 * simulate's evaluator: each record parsed, overridden, validated and scored
 * (evaluateRecord), written by `line` (the caller's view of an outcome and its record's line number).
 */
export function simulateEvaluator(policy: Policy, setup: SimulateSetup, line: (outcome: Outcome, at: number) => string): BatchEvaluator {
  const by = (setup.by ?? []).map(parseSegmentSpec);
  return (records) => {
    let out = "";
    let invalid = 0;
    const summaries: SummaryRow[] = [];
    // A batch keeps many names; the runner keeps UNKNOWN_NAMES of them, in input order.
    const fields = { strict: setup.strict, unknown: new Map<string, number>(), maxNames: 100 * UNKNOWN_NAMES };
    for (const record of records) {
      const outcome = evaluateRecord(record, policy, setup.overrides, setup.start, fields, setup.keep ?? []);
      out += line(outcome, record.line);
      if (!("offer" in outcome)) invalid++;
      else if (setup.summary) summaries.push(summaryRow(outcome.offer, by.map((b) => segmentKey(b.spec, outcome.offer, outcome.input))));
    }
    return { out, count: records.length, invalid, summaries, unknown: [...fields.unknown] };
  };
}
