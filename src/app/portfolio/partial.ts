import { mergeAggregates, type PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { aggregateFromJson, aggregateToJson, AggregateShapeError } from "../../engine/portfolio/aggregateJson.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";
import { parseJson } from "../../json/parseJson.js";
import { UsageError } from "../errors.js";

/** A --partial file: a part's sums and what its run was, so `merge` can check the parts belong together. */
export interface PartialFile {
  readonly kind: "suishendai portfolio part";
  readonly version: 1;
  readonly fingerprint: string;
  readonly setup: ResultSetup;
  readonly aggregate: unknown;
}

export function partialText(fingerprint: string, setup: ResultSetup, aggregate: PortfolioAggregate): string {
  const part: PartialFile = { kind: "suishendai portfolio part", version: 1, fingerprint, setup, aggregate: aggregateToJson(aggregate) };
  return `${JSON.stringify(part)}\n`;
}

/** Reads one part file's text; a file that is not one is the file's usage error. */
export function readPartial(text: string, name: string): { fingerprint: string; setup: ResultSetup; aggregate: PortfolioAggregate } {
  const parsed = parseJson(text);
  const part = parsed.ok ? (parsed.value as Partial<PartialFile> | null) : null;
  if (!part || typeof part !== "object" || part.kind !== "suishendai portfolio part" || typeof part.fingerprint !== "string" || typeof part.setup !== "object") {
    throw new UsageError(`merge: ${name} is not a part written by portfolio --partial${parsed.ok ? "" : ` (${parsed.message})`}`);
  }
  if (part.version !== 1) throw new UsageError(`merge: ${name} is a part of version ${String(part.version)}; this suishendai reads version 1`);
  try {
    return { fingerprint: part.fingerprint, setup: part.setup as ResultSetup, aggregate: aggregateFromJson(part.aggregate) };
  } catch (error) {
    if (error instanceof AggregateShapeError) throw new UsageError(`merge: ${name}: damaged part: ${error.message}`);
    throw error;
  }
}

/** The parts as one run; parts of different runs (policies, economics, seed, runs, sweep, NPL target, --set) are refused, naming both files. */
export function mergeParts(parts: readonly { name: string; text: string }[]): { setup: ResultSetup; aggregate: PortfolioAggregate } {
  let first: { name: string; fingerprint: string; setup: ResultSetup; aggregate: PortfolioAggregate } | undefined;
  const seen = new Map<string, string>();
  for (const { name, text } of parts) {
    // The same part twice would count its applicants twice.
    const twin = seen.get(text);
    if (twin !== undefined) throw new UsageError(`merge: ${name} is the same part as ${twin}; give each part once`);
    seen.set(text, name);
    const part = readPartial(text, name);
    if (!first) first = { name, ...part };
    else if (part.fingerprint !== first.fingerprint || part.aggregate.books.length !== first.aggregate.books.length) {
      throw new UsageError(`merge: ${name} and ${first.name} are parts of different runs (policies, economics, --seed, --runs, --sweep, --npl-target or --set differ)`);
    } else first = { ...first, aggregate: mergeAggregates(first.aggregate, part.aggregate) };
  }
  if (!first) throw new UsageError("merge: give the part files written by portfolio --partial");
  return { setup: first.setup, aggregate: first.aggregate };
}
