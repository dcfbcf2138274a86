import { createHash } from "node:crypto";
import { drawKey } from "../../engine/portfolio/rng.js";
import type { ProfileRead } from "../batch/readProfile.js";

/**
 * Who a record is, for the part's applicantDigest: the key of its draws (its
 * id as JSON, or its whole JSON without one), so a copy of a record is the
 * same applicant, as it is to the draws. A record that is not a profile: its
 * id when one could be read, else its line and error.
 */
export function applicantKey(read: ProfileRead): string {
  if ("profile" in read) return drawKey(read.value);
  return read.id === null ? `\u0000${read.line}\u0000${read.error}` : drawKey({ id: read.id });
}

/** 128 bits of an applicant: the first half of the SHA-256 of its key (a digest adds these up mod 2^128). */
export function applicantHash(key: string): bigint {
  const h = createHash("sha256").update(key).digest();
  return (h.readBigUInt64BE(0) << 64n) | h.readBigUInt64BE(8);
}
