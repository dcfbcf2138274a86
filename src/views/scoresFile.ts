import type { ScoreRow } from "../app/scorecard/scoreRows.js";
import { csvDocument } from "./csv.js";

/** The columns of a --scores file, in order; `set` only for fit. */
const COLUMNS = ["id", "score", "pd", "band", "target", "set"] as const;

/** Scored records as NDJSON: one JSON object a line, the keys in COLUMNS' order. */
export function scoresNdjson(rows: readonly ScoreRow[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join("");
}

/**
 * Scored records as CSV (RFC 4180, CRLF, a header): a null id or band is an
 * empty cell; the PD as a plain decimal to 10 places (never 1e-7).
 */
export function scoresCsv(rows: readonly ScoreRow[], withSet: boolean): string {
  const header = COLUMNS.filter((c) => withSet || c !== "set");
  return csvDocument(
    header,
    rows.map((r) => [r.id ?? "", r.score, r.pd.toFixed(10), r.band ?? "", r.target, ...(withSet ? [r.set ?? ""] : [])]),
  );
}
