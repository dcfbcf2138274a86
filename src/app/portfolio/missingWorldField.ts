import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import type { WorldJson } from "../../policy/worldSchema.js";

/**
 * The field of a `field` world when no record could be read for lack of it
 * (every record named is missing it, none valid): a wrong world for this
 * input, said once rather than as every record invalid and an empty book.
 */
export function missingWorldField(world: WorldJson, aggregate: PortfolioAggregate): string | undefined {
  const field = world.field;
  if (field === undefined || aggregate.applicants === 0n || (aggregate.books[0]?.valid ?? 0n) !== 0n) return undefined;
  const lacking = (error: string) => error.startsWith(`${field}: `) && error.endsWith("got none");
  return aggregate.errors.length > 0 && aggregate.errors.every((e) => lacking(e.error)) ? field : undefined;
}
