import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { addDigests } from "../../engine/portfolio/applicantSet.js";
import { UsageError } from "../errors.js";

type Named = { readonly name: string; readonly aggregate: PortfolioAggregate };

const GIVE_ONCE = "give each applicant to one shard";

/**
 * Refuses parts that cover the same applicants (applicantSet.ts): by count
 * and digest, the same set (a copied part, a shard run twice) or one part
 * holding all the others (a whole run beside its shards); by the samples,
 * two parts that share an applicant among each one's SAMPLE_SIZE smallest
 * hashes (any overlap of parts that small, nearly any overlap that is a fair
 * share of either). Empty parts add nothing and are never refused.
 */
export function refuseOverlaps(parts: readonly Named[]): void {
  const seen = new Map<string, string>();
  for (const { name, aggregate: a } of parts) {
    if (a.applicants === 0n) continue;
    const key = `${a.applicants}:${a.applicantDigest}`;
    const twin = seen.get(key);
    if (twin !== undefined) throw new UsageError(`merge: ${name} and ${twin} cover the same ${a.applicants} applicant(s): a copy of one part, or one shard run twice; give each shard once`);
    seen.set(key, name);
  }
  if (parts.length >= 3) {
    const applicants = parts.reduce((s, p) => s + p.aggregate.applicants, 0n);
    const digest = parts.reduce((s, p) => addDigests(s, p.aggregate.applicantDigest), 0n);
    for (const { name, aggregate: a } of parts) {
      if (a.applicants > 0n && a.applicants * 2n === applicants && addDigests(a.applicantDigest, a.applicantDigest) === digest) {
        throw new UsageError(`merge: ${name} covers the same ${a.applicants} applicant(s) as the other parts together (a whole run beside its shards?); give each shard once`);
      }
    }
  }
  const owner = new Map<bigint, string>();
  for (const { name, aggregate: a } of parts) {
    for (const hash of a.applicantSample) {
      const other = owner.get(hash);
      if (other !== undefined) throw new UsageError(`merge: ${name} and ${other} share applicants (the same id, or the same profile without one, in both): overlapping shards; ${GIVE_ONCE}`);
      owner.set(hash, name);
    }
  }
}

