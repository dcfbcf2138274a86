/** One score band's records, bads, mean predicted PD and observed bad rate (null when it has no records). */
export interface CalibrationRow {
  readonly band: string;
  readonly minScore: number | null;
  readonly records: number;
  readonly bads: number;
  readonly predicted: number | null;
  readonly observed: number | null;
}

/** The name of the row for scores under the cut-off (or under every band). */
export const BELOW_CUTOFF = "below cutoff";

/** The row a score falls in: the first band whose minimum it reaches at or above the cut-off, else `bands.length`. */
export function bandIndex(bands: readonly { readonly minScore: number }[], cutoff: number, score: number): number {
  const at = score < cutoff ? -1 : bands.findIndex((b) => score >= b.minScore);
  return at === -1 ? bands.length : at;
}

/**
 * Predicted against observed bad rate per score band, bands as the policy
 * assigns them: the first (bands in falling minScore order) whose minimum the
 * score reaches, at or above the cut-off; every other score in the last row.
 */
export function calibrationTable(
  bands: readonly { readonly band: string; readonly minScore: number }[],
  cutoff: number,
  scores: readonly number[],
  targets: ArrayLike<number>,
  pds: readonly number[],
): CalibrationRow[] {
  const acc = [...bands, { band: BELOW_CUTOFF, minScore: null }].map((b) => ({ band: b.band, minScore: b.minScore, records: 0, bads: 0, pd: 0 }));
  scores.forEach((score, i) => {
    const row = acc[bandIndex(bands, cutoff, score)] as (typeof acc)[number];
    row.records++;
    row.bads += targets[i] as number;
    row.pd += pds[i] as number;
  });
  return acc.map((r) => ({ band: r.band, minScore: r.minScore, records: r.records, bads: r.bads, predicted: r.records ? r.pd / r.records : null, observed: r.records ? r.bads / r.records : null }));
}
