import { psi } from "./psi.js";
import { scoreDeciles } from "./scoreDeciles.js";

/** One baseline score decile as a score range (open below for the first, open above for the last), both populations' counts. */
export interface DecileBin {
  readonly decile: number;
  /** The lowest score in it; undefined for the first (it takes every lower score too). */
  readonly min?: number;
  /** The next decile's lowest score (not included); undefined for the last. */
  readonly max?: number;
  readonly expected: number;
  readonly actual: number;
}

/**
 * The PSI of scores from a baseline (expected) to the actual population, by
 * the baseline's score deciles (scoreDeciles.ts: ties kept together): the
 * edges are the lowest baseline score of each decile from the second on, a
 * score at an edge falls in the decile above. Shares and the floor for an
 * empty bin are psi.ts's. Both sets must hold a score.
 */
export function psiByDecile(baseline: ArrayLike<number>, actual: ArrayLike<number>): { psi: number; terms: number[]; bins: DecileBin[] } {
  const deciles = scoreDeciles(baseline);
  const edges = deciles.slice(1).map((d) => d.minScore);
  const actualCounts = new Array<number>(deciles.length).fill(0);
  for (let i = 0; i < actual.length; i++) {
    const score = actual[i] as number;
    let at = 0;
    while (at < edges.length && score >= (edges[at] as number)) at++;
    actualCounts[at] = (actualCounts[at] as number) + 1;
  }
  const expected = deciles.map((d) => d.members.length);
  const result = psi(expected, actualCounts);
  const bins = deciles.map((d, i): DecileBin => ({
    decile: d.decile,
    ...(i === 0 ? {} : { min: d.minScore }),
    ...(i + 1 < deciles.length ? { max: edges[i] as number } : {}),
    expected: expected[i] as number,
    actual: actualCounts[i] as number,
  }));
  return { psi: result.psi, terms: result.terms, bins };
}
