import { createHash } from "node:crypto";
import { FieldError, said, the } from "../fieldError.js";
import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { aggregateToJson } from "../../engine/portfolio/aggregateJson.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";
import { canonicalJson } from "../../json/canonicalJson.js";
import { parseJson } from "../../json/parseJson.js";
import { describeIssue, formatPath } from "../../policy/formatIssue.js";
import { PartSchema } from "../../policy/partSchema.js";
import type { FieldOverride } from "../overrides.js";
import { UsageError } from "../errors.js";
import { partProblem } from "./partChecks.js";

const KIND = "suishendai portfolio part";
/**
 * The one place the part format is versioned. 3: the part records which
 * applicants it covers (aggregate.applicantDigest); bands are [name, sums]
 * pairs. 4: it records its shard (`--shard I/N`, or null). 5: its setup names
 * the world (setup.world), and its sums carry the world's PD and defaults per band.
 */
const VERSION = 5;

/** What a part's run was, but its input: enough to tell parts of different runs apart, and to name what differs. */
export interface PartRun {
  readonly setup: ResultSetup;
  /** A hash of the books' policies as validated (every setting of theirs, not only the names the setup shows). */
  readonly policies: string;
  /** The --set overrides. */
  readonly set: readonly FieldOverride[];
}

/** `--shard I/N`: this part is shard `index` of `count` (1-based). Not a setting of the run: the parts of one run differ in it. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** A part as read and checked: its run, its fingerprint, its shard (null without --shard), and its sums. */
export interface Part extends PartRun {
  readonly fingerprint: string;
  readonly shard: Shard | null;
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

/** A --partial file: the run, its fingerprint, its shard, the sums, and a checksum of all of it so a changed part is caught. */
export function partialText(run: PartRun, aggregate: PortfolioAggregate, shard: Shard | null = null): string {
  const body = { kind: KIND, version: VERSION, fingerprint: runFingerprint(run), setup: run.setup, policies: run.policies, set: run.set, shard, aggregate: aggregateToJson(aggregate) };
  return `${JSON.stringify({ ...body, checksum: sha256(body) })}\n`;
}

/** A version as found, so "2" (a string) is not taken for 2. */
function shownVersion(version: unknown): string {
  if (version === undefined) return "none";
  const text = typeof version === "object" && version !== null ? (Array.isArray(version) ? "a list" : "an object") : String(JSON.stringify(version));
  return `${text.length > 20 ? `${text.slice(0, 17)}...` : text}${typeof version === "string" ? " (a string)" : ""}`;
}

/**
 * Reads one part file's text. Not a part, another version, changed since it
 * was written (checksum), or sums that no run could give (schema and
 * consistency, checked because anyone can recompute a checksum): the file's
 * usage error, naming the field.
 */
export function readPartial(text: string, name: string): Part {
  const parsed = parseJson(text);
  const part = parsed.ok && typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value) ? (parsed.value as Record<string, unknown>) : undefined;
  if (!part || part.kind !== KIND) throw new FieldError("parts", "not-a-part", said`${the("parts")}: ${name} is not a part written by portfolio ${the("partial")}${parsed.ok ? "" : ` (${parsed.message})`}`);
  if (part.version !== VERSION) throw new FieldError("parts", "version", said`${the("parts")}: ${name} is a part of version ${shownVersion(part.version)}; this suishendai reads parts of version ${VERSION} only (write the part again with this suishendai's portfolio ${the("partial")})`);
  const { checksum, ...body } = part;
  const changed = () => new FieldError("parts", "changed", said`${the("parts")}: ${name} was changed after portfolio ${the("partial")} wrote it (its checksum does not match); run that shard again`);
  if (typeof checksum !== "string" || checksum !== sha256(body)) throw changed();
  if (part.fingerprint !== runFingerprint({ setup: part.setup as ResultSetup, policies: part.policies as string, set: part.set as FieldOverride[] })) throw changed();
  const damaged = (path: string, message: string) => new UsageError(`merge: ${name}: not a part portfolio could write: ${path}: ${message}; run that shard again`);
  const checked = PartSchema.safeParse(part, { reportInput: true });
  if (!checked.success) {
    const issue = checked.error.issues[0] as (typeof checked.error.issues)[number];
    throw damaged(formatPath(issue.path) || "(top level)", describeIssue(issue));
  }
  const { setup, policies, set, fingerprint, shard, aggregate } = checked.data;
  const read: Part = { setup, policies, set, fingerprint, shard, aggregate };
  const problem = partProblem(read.aggregate, read.setup);
  if (problem) throw damaged(problem.path, problem.message);
  return read;
}
