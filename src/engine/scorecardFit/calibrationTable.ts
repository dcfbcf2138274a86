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
    const at = score < cutoff ? -1 : bands.findIndex((b) => score >= b.minScore);
    const row = acc[at === -1 ? bands.length : at] as (typeof acc)[number];
    row.records++;
    row.bads += targets[i] as number;
    row.pd += pds[i] as number;
  });
  return acc.map((r) => ({ band: r.band, minScore: r.minScore, records: r.records, bads: r.bads, predicted: r.records ? r.pd / r.records : null, observed: r.records ? r.bads / r.records : null }));
}
