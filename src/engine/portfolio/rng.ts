// A small seeded generator for the portfolio's random draws: cyrb128 hashes a
// string into 128 bits, sfc32 runs from them. Both are public-domain, well
// studied and need no dependency. An applicant's stream is derived from
// (seed, run, key) and never from its position, so results do not depend on
// --jobs, input order or sharding; two records with the same id share draws.

/** cyrb128: four 32-bit words from a string. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A stream of uniforms in [0, 1) from sfc32 (32-bit resolution). */
export function sfc32(seed: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm-up: the first outputs of sfc32 still show the seed's structure.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** The key of a record: its id as JSON when it has a string or number id, else its whole JSON value. */
export function drawKey(value: unknown): string {
  const id = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? JSON.stringify(id) : JSON.stringify(value);
}

/**
 * One applicant's uniforms for one run, by index, made on demand and kept, so
 * every policy variant reads the same number for the same purpose:
 * u[0] take-up, u[1] term choice, then per month k ≥ 1 three: default, prepayment, cure.
 */
export class Draws {
  private readonly values: number[] = [];
  private readonly next: () => number;

  constructor(seed: number, run: number, key: string) {
    this.next = sfc32(cyrb128(`${seed}\u0000${run}\u0000${key}`));
  }

  at(index: number): number {
    while (this.values.length <= index) this.values.push(this.next());
    return this.values[index] as number;
  }
}

/** The index of month k's default draw (k ≥ 1); its prepayment draw is the next one, its cure draw the one after. */
export const defaultDrawIndex = (month: number): number => 2 + 3 * (month - 1);
