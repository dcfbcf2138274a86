import { addDigests, type PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import { UsageError } from "../errors.js";

type Named = { readonly name: string; readonly aggregate: PortfolioAggregate };

/**
 * Refuses parts that cover the same applicants, by each part's applicant
 * count and digest (the sum of its applicants' hashes): a copied part, a
 * shard run twice, or a whole run given beside its own shards (one part is
 * all the others added up). Empty parts add nothing and are never refused.
 * A part that shares only some applicants with another is not seen: its
 * digest is that of another set.
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
  if (parts.length < 3) return;
  const applicants = parts.reduce((s, p) => s + p.aggregate.applicants, 0n);
  const digest = parts.reduce((s, p) => addDigests(s, p.aggregate.applicantDigest), 0n);
  for (const { name, aggregate: a } of parts) {
    if (a.applicants > 0n && a.applicants * 2n === applicants && addDigests(a.applicantDigest, a.applicantDigest) === digest) {
      throw new UsageError(`merge: ${name} covers the same ${a.applicants} applicant(s) as the other parts together (a whole run beside its shards?); give each shard once`);
    }
  }
}
