import type { PortfolioAggregate } from "./aggregate.js";

// An aggregate as plain JSON for --partial files: bigints as decimal strings,
// the bands as [name, sums] pairs (a list, so no name becomes an object key).
// Reading one back is src/policy/partSchema.ts: a part file may have been edited.

export function aggregateToJson(aggregate: PortfolioAggregate): unknown {
  return JSON.parse(JSON.stringify(aggregate, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value instanceof Map ? [...value] : value)));
}
