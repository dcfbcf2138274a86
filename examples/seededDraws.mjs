// The seeded draws both example generators use: mulberry32, a small, well-known
// generator (no dependency needed for a fixture), and the shapes drawn from it.

/** Draw helpers over one mulberry32 stream seeded with `seed`; the same seed gives the same draws. */
export function seededDraws(seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    random,
    between: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    chance: (p) => random() < p,
    normal: () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()),
    round: (x, places) => Math.round(x * 10 ** places) / 10 ** places,
  };
}
