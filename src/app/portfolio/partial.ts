import { mergeAggregates } from "../../engine/portfolio/aggregate.js";
import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";
import { canonicalJson } from "../../json/canonicalJson.js";
import { UsageError } from "../errors.js";
import { readPartial, type Part } from "./partFile.js";

export { partialText } from "./partFile.js";

const shown = (v: unknown) => (typeof v === "string" ? v : canonicalJson(v ?? null));

/** The first economics key two books differ in, as "economics.takeUp 0.5 vs 0.35". */
function economicsDifference(ea: object, eb: object): string | undefined {
  const [a, b] = [ea as Record<string, unknown>, eb as Record<string, unknown>];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)) return `economics.${key} ${shown(a[key])} vs ${shown(b[key])}`;
  }
  return undefined;
}

/** What differs between two parts' runs, in the options' words: the first setting found. */
export function runDifference(a: Part, b: Part): string {
  const x = a.setup;
  const y = b.setup;
  if (x.seed !== y.seed) return `--seed ${x.seed} vs ${y.seed}`;
  if (x.runs !== y.runs) return `--runs ${x.runs} vs ${y.runs}`;
  if (x.nplTarget !== y.nplTarget) return `--npl-target ${x.nplTarget} vs ${y.nplTarget}`;
  if (x.sweepPath !== y.sweepPath) return `--sweep ${x.sweepPath ?? "(none)"} vs ${y.sweepPath ?? "(none)"}`;
  if (x.books.length !== y.books.length) return `${x.books.length} vs ${y.books.length} books (--challenger or --sweep values)`;
  for (const [i, bx] of x.books.entries()) {
    const by = y.books[i] as (typeof x.books)[number];
    if (bx.sweepValue !== by.sweepValue) return `--sweep values ${bx.sweepValue} vs ${by.sweepValue}`;
    if (bx.policy !== by.policy) return `${bx.role} policy ${bx.policy} vs ${by.policy}`;
    const economics = economicsDifference(bx.economics, by.economics);
    if (economics) return economics;
  }
  if (canonicalJson(a.set) !== canonicalJson(b.set)) return "--set differs";
  return "the policies' settings differ (same names, other contents)";
}

/** The parts as one run; parts of different runs are refused, naming both files and what differs. */
export function mergeParts(parts: readonly { name: string; text: string }[]): { setup: ResultSetup; aggregate: PortfolioAggregate } {
  let first: { name: string; part: Part; aggregate: PortfolioAggregate } | undefined;
  for (const { name, text } of parts) {
    const read = readPartial(text, name);
    // Each shard counts its lines from 1: its errors carry its name.
    const part = { ...read, aggregate: { ...read.aggregate, errors: read.aggregate.errors.map((e) => ({ ...e, part: name })) } };
    if (!first) first = { name, part, aggregate: part.aggregate };
    else if (part.fingerprint !== first.part.fingerprint || part.aggregate.books.length !== first.aggregate.books.length) {
      throw new UsageError(`merge: ${name} and ${first.name} are parts of different runs: ${runDifference(part, first.part)}`);
    } else first = { ...first, aggregate: mergeAggregates(first.aggregate, part.aggregate) };
  }
  if (!first) throw new UsageError("merge: give the part files written by portfolio --partial");
  return { setup: first.part.setup, aggregate: first.aggregate };
}
