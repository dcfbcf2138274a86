import { UsageError } from "../errors.js";
import { FieldError, said, the } from "../fieldError.js";
import type { Shard } from "./partFile.js";

type Named = { readonly name: string; readonly shard: Shard | null };

/** A shard as the option writes it: "2/3". */
export const shardName = (s: Shard) => `${s.index}/${s.count}`;

/** The missing shards named, the first few of a long list. */
function missingList(missing: readonly number[], count: number): string {
  const shown = missing.slice(0, 5).map((i) => `${i}/${count}`);
  const more = missing.length - shown.length;
  if (missing.length === 1) return `shard ${shown[0]} is`;
  const last = more > 0 ? `${more} more` : (shown.pop() as string);
  return `shards ${shown.join(", ")} and ${last} are`;
}

/**
 * Refuses parts of a sharded run (`portfolio --partial --shard I/N`) that do
 * not make up the whole: a shard missing, given twice, or of another split
 * (another N); and sharded parts mixed with parts written without --shard.
 * Parts all written without --shard are not checked here: only their
 * applicants can tell (partOverlaps.ts).
 */
export function refuseShardGaps(parts: readonly Named[]): void {
  const sharded = parts.filter((p): p is Named & { shard: Shard } => p.shard !== null);
  const first = sharded[0];
  if (first === undefined) return;
  const plain = parts.find((p) => p.shard === null);
  if (plain) throw new FieldError("parts", "shards", said`${the("parts")}: ${first.name} is shard ${shardName(first.shard)} but ${plain.name} was written without ${the("shard")}: give the parts of one run, all with ${the("shard", "I/N")} or all without`);
  const count = first.shard.count;
  const other = sharded.find((p) => p.shard.count !== count);
  if (other) throw new FieldError("parts", "shards", said`${the("parts")}: ${other.name} is shard ${other.shard.index} of ${other.shard.count} but ${first.name} is of ${count}: the parts of one run are split the same way (${the("shard", "I/N")}, one N)`);
  const byIndex = new Map<number, string>();
  for (const { name, shard } of sharded) {
    const twin = byIndex.get(shard.index);
    if (twin !== undefined) throw new UsageError(`merge: shard ${shardName(shard)} given twice: ${twin} and ${name}; give each shard once`);
    byIndex.set(shard.index, name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new UsageError(`merge: ${missingList(missing, count)} missing (${byIndex.size} of ${count} parts given); give every shard's part`);
}
