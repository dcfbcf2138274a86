import type { PolicyJson } from "../../policy/schemas.js";
import type { Lang } from "../../views/lang.js";
import type { FieldOverride } from "./applySets.js";
import type { InputRecord } from "./readRecords.js";

/** What every worker is started with: the same options the main thread runs under. */
export interface WorkerSetup {
  readonly policyJson: PolicyJson;
  readonly overrides: readonly FieldOverride[];
  readonly start: string;
  readonly lang: Lang;
  readonly explain: boolean;
  readonly summary: boolean;
  /** --strict: an unknown profile field makes its record an error. */
  readonly strict: boolean;
}

/** A batch of records to evaluate. */
export interface WorkerTask {
  readonly records: readonly InputRecord[];
}

/** A summary's fields of one offer as plain data: [decision, code, apr, limit, pd]. */
export type SummaryRow = readonly [string, string | null, string | null, string | null, string | null];

/** A batch's answer: its NDJSON lines, how many were invalid, and summary rows when asked for. */
export interface WorkerResult {
  readonly out: string;
  readonly count: number;
  readonly invalid: number;
  readonly summaries: readonly SummaryRow[];
  /** Unknown field names of the batch and how many records had each (for the warnings). */
  readonly unknown: readonly (readonly [string, number])[];
}
