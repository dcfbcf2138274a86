import { emptyAggregate, mergeAggregates, type PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import type { PortfolioResult } from "../../engine/portfolio/result.js";
import { toResult, type ResultSetup } from "../../engine/portfolio/toResult.js";
import type { PortfolioSetup } from "./portfolioSetup.js";

/**
 * A portfolio run's totals, added up part by part as the batch runner hands
 * them over (in any order: the merge is exact), and the result they make.
 * The CLI holds one and renders the result; it assembles nothing itself.
 */
export class PortfolioTotals {
  private total: PortfolioAggregate;

  constructor(setup: Pick<PortfolioSetup, "policies" | "run">) {
    this.total = emptyAggregate(setup.policies.length, setup.run.runs, setup.run.challenger);
  }

  /** One batch's aggregate (the runner's merge callback). */
  add(part: unknown): void {
    this.total = mergeAggregates(this.total, part as PortfolioAggregate);
  }

  get aggregate(): PortfolioAggregate {
    return this.total;
  }
}

/** The result of a whole run, from one process or merged parts. */
export function portfolioResult(aggregate: PortfolioAggregate, setup: ResultSetup): PortfolioResult {
  return toResult(aggregate, setup);
}
