import type { BatchEvaluator } from "../../app/batch/batchResult.js";
import { simulateEvaluator } from "../../app/simulateEvaluator.js";
import type { Policy } from "../../engine/simulate/types.js";
import { offerCsvHeader, offerCsvRow, type OfferCsvColumns } from "../../views/offerCsvRow.js";
import type { SimulateWorkerSetup } from "./simulateWorkerSetup.js";

/** The CSV columns of a run: the policy's characteristics with --explain, the --keep fields. Main thread and workers derive the same. */
export function simulateCsvColumns(policy: Policy, setup: SimulateWorkerSetup): OfferCsvColumns {
  return { explain: setup.explain ? policy.characteristics.map((c) => c.id) : undefined, keep: setup.keep ?? [] };
}

/** simulate's evaluator writing a CSV record per outcome (the header is the caller's, once): in the main thread and in every worker. */
export function simulateCsvLines(policy: Policy, setup: SimulateWorkerSetup): BatchEvaluator {
  const columns = simulateCsvColumns(policy, setup);
  return simulateEvaluator(policy, setup, (outcome, line) => offerCsvRow(outcome, line, columns));
}

/** The header of a batch's CSV. */
export function simulateCsvHeader(policy: Policy, setup: SimulateWorkerSetup): string {
  return offerCsvHeader(simulateCsvColumns(policy, setup));
}
