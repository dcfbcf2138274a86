import { mergeAggregates } from "../../engine/portfolio/aggregate.js";
import { FieldError, said, the, type Words } from "../fieldError.js";
import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";
import { canonicalJson } from "../../json/canonicalJson.js";
import { defaultWorld } from "../../policy/loadWorld.js";
import { UsageError } from "../errors.js";
import { readPartial, type Part } from "./partFile.js";
import { refuseOverlaps } from "./partOverlaps.js";
import { refuseShardGaps } from "./partShards.js";

const shown = (v: unknown) => (typeof v === "string" ? v : canonicalJson(v ?? null));

/** The first economics key two books differ in, as "economics.takeUp 0.5 vs 0.35". */
function economicsDifference(ea: object, eb: object): string | undefined {
  const [a, b] = [ea as Record<string, unknown>, eb as Record<string, unknown>];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)) return `economics.${key} ${shown(a[key])} vs ${shown(b[key])}`;
  }
  return undefined;
}

/** A world by its name; the built-in one said so (a part run without --world). */
const worldName = (name: string): Words => (name === defaultWorld().name ? said`${JSON.stringify(name)} (the default world, no ${the("world")})` : [JSON.stringify(name)]);

/** What differs between two parts' runs, in the options' words: the first setting found. */
export function runDifference(a: Part, b: Part): Words {
  const x = a.setup;
  const y = b.setup;
  if (x.world !== y.world) return said`${the("world")}: ${worldName(x.world)} vs ${worldName(y.world)}`;
  if (x.originateMonths !== y.originateMonths) return said`${the("originateMonths")} ${x.originateMonths} vs ${y.originateMonths}`;
  if (x.seed !== y.seed) return said`${the("seed")} ${x.seed} vs ${y.seed}`;
  if (x.runs !== y.runs) return said`${the("runs")} ${x.runs} vs ${y.runs}`;
  if (x.nplTarget !== y.nplTarget) return said`${the("nplTarget")} ${x.nplTarget} vs ${y.nplTarget}`;
  if (x.sweepPath !== y.sweepPath) return said`${the("sweep")} ${x.sweepPath ?? "(none)"} vs ${y.sweepPath ?? "(none)"}`;
  if (x.books.length !== y.books.length) return said`${x.books.length} vs ${y.books.length} books (${the("challenger")} or ${the("sweep")} values)`;
  for (const [i, bx] of x.books.entries()) {
    const by = y.books[i] as (typeof x.books)[number];
    if (bx.sweepValue !== by.sweepValue) return said`${the("sweep")} values ${String(bx.sweepValue)} vs ${String(by.sweepValue)}`;
    if (bx.policy !== by.policy) return [`${bx.role} policy ${bx.policy} vs ${by.policy}`];
    const economics = economicsDifference(bx.economics, by.economics);
    if (economics) return [economics];
  }
  if (canonicalJson(a.set) !== canonicalJson(b.set)) return said`${the("set")} differs`;
  // The digest covers the policies and the world together: either may differ.
  return ["the policies' or the worlds' settings differ (same names, other contents)"];
}

/**
 * The parts as one run. Refused, naming the files: parts of different runs
 * (and what differs), shards missing, repeated or of another split, parts
 * that cover the same applicants, and parts that are all empty (there is no book).
 */
export function mergeParts(parts: readonly { name: string; text: string }[]): { setup: ResultSetup; aggregate: PortfolioAggregate } {
  const read = parts.map(({ name, text }) => {
    const part = readPartial(text, name);
    // Each shard counts its lines from 1: its errors carry its name.
    return { name, part: { ...part, aggregate: { ...part.aggregate, errors: part.aggregate.errors.map((e) => ({ ...e, part: name })) } } };
  });
  const first = read[0];
  if (!first) throw new FieldError("parts", "required", said`${the("parts")}: give the part files written by portfolio ${the("partial")}`);
  for (const { name, part } of read.slice(1)) {
    if (part.fingerprint !== first.part.fingerprint || part.aggregate.books.length !== first.part.aggregate.books.length) {
      throw new FieldError("parts", "different-runs", said`${the("parts")}: ${name} and ${first.name} are parts of different runs: ${runDifference(part, first.part)}`);
    }
  }
  // Before the applicants: a copied shard is named as a shard given twice.
  refuseShardGaps(read.map(({ name, part }) => ({ name, shard: part.shard })));
  refuseOverlaps(read.map(({ name, part }) => ({ name, aggregate: part.aggregate })));
  if (read.every(({ part }) => part.aggregate.applicants === 0n)) {
    throw new UsageError(`merge: ${read.length === 1 ? `${first.name} is empty` : `all ${read.length} parts are empty`} (no applicants): there is no book; give the parts of shards that had profiles`);
  }
  return { setup: first.part.setup, aggregate: read.map(({ part }): PortfolioAggregate => part.aggregate).reduce((a, b) => mergeAggregates(a, b)) };
}
