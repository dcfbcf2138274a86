import { createHash } from "node:crypto";
import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { aggregateFromJson, aggregateToJson, AggregateShapeError } from "../../engine/portfolio/aggregateJson.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";
import { canonicalJson } from "../../json/canonicalJson.js";
import { parseJson } from "../../json/parseJson.js";
import type { FieldOverride } from "../overrides.js";
import { UsageError } from "../errors.js";

const KIND = "suishendai portfolio part";
const VERSION = 2;

/** What a part's run was, but its input: enough to tell parts of different runs apart, and to name what differs. */
export interface PartRun {
  readonly setup: ResultSetup;
  /** A hash of the books' policies as validated (every setting of theirs, not only the names the setup shows). */
  readonly policies: string;
  /** The --set overrides. */
  readonly set: readonly FieldOverride[];
}

/** A part as read and checked: its run, its fingerprint, and its sums. */
export interface Part extends PartRun {
  readonly fingerprint: string;
  readonly aggregate: PortfolioAggregate;
}

const sha256 = (value: unknown) => createHash("sha256").update(canonicalJson(value)).digest("hex");

/** The hash of a run's settings: parts of the same run share it. */
export function runFingerprint(run: PartRun): string {
  return sha256({ setup: run.setup, policies: run.policies, set: run.set });
}

/** The hash of the policies a run's books use. */
export function policiesDigest(policies: readonly unknown[]): string {
  return sha256(policies);
}

/** A --partial file: the run, its fingerprint, the sums, and a checksum of all of it so a changed part is caught. */
export function partialText(run: PartRun, aggregate: PortfolioAggregate): string {
  const body = { kind: KIND, version: VERSION, fingerprint: runFingerprint(run), setup: run.setup, policies: run.policies, set: run.set, aggregate: aggregateToJson(aggregate) };
  return `${JSON.stringify({ ...body, checksum: sha256(body) })}\n`;
}

/** Reads one part file's text: not a part, another version, or changed since it was written is the file's usage error. */
export function readPartial(text: string, name: string): Part {
  const parsed = parseJson(text);
  const part = parsed.ok && typeof parsed.value === "object" && parsed.value !== null ? (parsed.value as Record<string, unknown>) : undefined;
  if (!part || part.kind !== KIND) throw new UsageError(`merge: ${name} is not a part written by portfolio --partial${parsed.ok ? "" : ` (${parsed.message})`}`);
  if (part.version !== VERSION) throw new UsageError(`merge: ${name} is a part of version ${String(part.version)}; this suishendai reads version ${VERSION} (run portfolio --partial again)`);
  const { checksum, ...body } = part;
  const changed = () => new UsageError(`merge: ${name} was changed after portfolio --partial wrote it (its checksum does not match); run that shard again`);
  if (typeof checksum !== "string" || checksum !== sha256(body)) throw changed();
  const run = { setup: part.setup as ResultSetup, policies: part.policies as string, set: part.set as FieldOverride[] };
  if (part.fingerprint !== runFingerprint(run)) throw changed();
  try {
    return { ...run, fingerprint: part.fingerprint, aggregate: aggregateFromJson(part.aggregate) };
  } catch (error) {
    if (error instanceof AggregateShapeError) throw new UsageError(`merge: ${name}: damaged part: ${error.message}`);
    throw error;
  }
}
