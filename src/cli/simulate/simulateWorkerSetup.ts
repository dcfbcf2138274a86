import type { BatchEvaluator } from "../../app/batch/batchResult.js";
import { simulateEvaluator, type SimulateSetup } from "../../app/simulateEvaluator.js";
import type { Policy } from "../../engine/simulate/types.js";
import type { PolicyJson } from "../../policy/schemas.js";
import type { Lang } from "../../views/lang.js";
import { outcomeLine } from "../../views/outcomeLine.js";

/** What every worker is started with: the same options the main thread runs under. */
export interface SimulateWorkerSetup extends SimulateSetup {
  readonly policyJson: PolicyJson;
  readonly lang: Lang;
  readonly explain: boolean;
  /** --format csv: a CSV record per outcome (simulateCsvLines.ts) instead of an NDJSON line. */
  readonly csv?: boolean;
}

// tsc emits simulateWorker.js beside this file; the bundle emits simulateWorker.mjs beside its chunks.
export const SIMULATE_WORKER_URL = new URL(import.meta.url.endsWith(".mjs") ? "./simulateWorker.mjs" : "./simulateWorker.js", import.meta.url);

/** simulate's evaluator writing NDJSON lines: the one used in the main thread and in every worker. */
export function simulateLines(policy: Policy, setup: SimulateWorkerSetup): BatchEvaluator {
  return simulateEvaluator(policy, setup, (outcome) => outcomeLine(outcome, setup.lang, setup.explain));
}
