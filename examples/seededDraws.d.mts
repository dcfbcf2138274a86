/** Draw helpers over one mulberry32 stream (see seededDraws.mjs). */
export function seededDraws(seed: number): {
  random(): number;
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  normal(): number;
  round(x: number, places: number): number;
};
