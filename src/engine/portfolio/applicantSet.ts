// Which applicants a part covers, in two forms that merge exactly, in any
// order and grouping: a digest (the sum mod 2^128 of each applicant's 128-bit
// hash: equal sets, equal digests) and a sample (the SAMPLE_SIZE smallest
// distinct hashes: two parts whose samples share a hash share that applicant).

/** Digests are added mod 2^128. */
export const DIGEST_MODULUS = 1n << 128n;
export const addDigests = (a: bigint, b: bigint): bigint => (a + b) % DIGEST_MODULUS;

/** How many of the smallest hashes a part keeps: every applicant of a part up to this size. */
export const SAMPLE_SIZE = 128;

/** Puts a hash into a sample (ascending, distinct, at most SAMPLE_SIZE), in place. */
export function addToSample(sample: bigint[], hash: bigint): void {
  if (sample.length === SAMPLE_SIZE && hash >= (sample[SAMPLE_SIZE - 1] as bigint)) return;
  let lo = 0;
  let hi = sample.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sample[mid] as bigint) < hash) lo = mid + 1;
    else hi = mid;
  }
  if (sample[lo] === hash) return;
  sample.splice(lo, 0, hash);
  if (sample.length > SAMPLE_SIZE) sample.pop();
}

/** The sample of two parts together: the smallest distinct hashes of both. */
export function mergeSamples(a: readonly bigint[], b: readonly bigint[]): bigint[] {
  return [...new Set([...a, ...b])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).slice(0, SAMPLE_SIZE);
}
