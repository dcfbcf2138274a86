import type { BatchEvaluator } from "../../app/batch/batchResult.js";
import { portfolioEvaluator, type PortfolioRun } from "../../app/portfolio/portfolioEvaluator.js";
import { compilePolicy } from "../../policy/compilePolicy.js";
import type { PolicyJson } from "../../policy/schemas.js";
import { loanOutcomeLine } from "../../views/loanOutcomeLine.js";

/** What every worker is started with: the books' policies (validated) and the run. */
export interface PortfolioWorkerSetup {
  readonly policies: readonly PolicyJson[];
  readonly run: PortfolioRun;
}

// tsc emits portfolioWorker.js beside this file; the bundle emits portfolioWorker.mjs beside its chunks.
export const PORTFOLIO_WORKER_URL = new URL(import.meta.url.endsWith(".mjs") ? "./portfolioWorker.mjs" : "./portfolioWorker.js", import.meta.url);

/** portfolio's evaluator: the one used in the main thread and in every worker. */
export function portfolioBatches(setup: PortfolioWorkerSetup): BatchEvaluator {
  return portfolioEvaluator(setup.policies.map(compilePolicy), setup.run, loanOutcomeLine);
}
