import { stringify } from "csv-stringify/sync";
import type { Outcome } from "../app/evaluateRecord.js";
import type { Offer, TermOffer } from "../engine/simulate/types.js";
import { money, percent } from "./format.js";
import type { ViewStyle } from "./viewStyle.js";

/** simulate --format csv's fixed columns, in order: the offer JSON flattened, codes only. */
export const OFFER_CSV_COLUMNS = ["line", "id", "decision", "code", "score", "pd", "band", "apr", "dailyRate", "limit", "bindingConstraint", "terms", "maxAmount", "payment", "reasons", "knockouts", "requestDeclined", "error"] as const;

/** The columns after the fixed ones: with --explain pdExact and a `points.<id>` per characteristic of the policy; with --keep an `input.<field>` each. */
export interface OfferCsvColumns {
  /** The policy's characteristic ids when --explain, else undefined. */
  readonly explain: readonly string[] | undefined;
  readonly keep: readonly string[];
}

// RFC 4180 as the other CSV views write it: CRLF, a field quoted only when it must be.
const OPTIONS = { record_delimiter: "windows" } as const;

/** One CSV record; every cell is a string already (csv-stringify would write a boolean as 1 or empty). */
const record = (cells: readonly string[]): string => stringify([cells], OPTIONS);

/** The header row, written once before the first record. */
export function offerCsvHeader(columns: OfferCsvColumns): string {
  const explain = columns.explain ? ["pdExact", ...columns.explain.map((id) => `points.${id}`)] : [];
  return record([...OFFER_CSV_COLUMNS, ...explain, ...columns.keep.map((name) => `input.${name}`)]);
}

const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

/** A kept input value: text as it is, null or absent empty, anything else as its JSON (as the NDJSON line's `input` holds it). */
function keptCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The longest term offered: the one the maxAmount and payment columns describe. */
function longest(terms: readonly TermOffer[]): TermOffer | undefined {
  return terms.reduce<TermOffer | undefined>((best, t) => (best === undefined || t.terms > best.terms ? t : best), undefined);
}

function offerCells(o: Offer, line: number): string[] {
  const last = longest(o.terms);
  return [
    String(line),
    text(o.id),
    o.decision,
    text(o.code),
    text(o.score),
    o.pd === null ? "" : o.pd.toFixed(4),
    text(o.band),
    o.apr === null ? "" : percent(o.apr),
    o.dailyRate === null ? "" : percent(o.dailyRate),
    o.limit === null ? "" : money(o.limit),
    text(o.bindingConstraint),
    o.terms.map((t) => t.terms).join(";"),
    last ? money(last.maxAmount) : "",
    last ? money(last.payment) : "",
    o.reasons.map((r) => r.code).join(";"),
    o.knockouts.map((k) => k.code).join(";"),
    text(o.requestDeclined?.code),
    "",
  ];
}

/** The --explain cells: pdExact, then each characteristic's points in the header's order (empty when not scored, as after a knock-out). */
function explainCells(o: Offer | undefined, ids: readonly string[]): string[] {
  const points = new Map((o?.points ?? []).map((p) => [p.id, p.points]));
  const pd = o?.pd ?? null;
  return [pd === null ? "" : pd.toFixed(10), ...ids.map((id) => text(points.get(id)))];
}

/**
 * One outcome as its CSV record, in the header's columns: an offer, or an
 * error record (line, id and error; the rest empty). Reasons and knock-outs
 * are their codes: the texts are the JSON views' (docs/policy.md explains each code).
 */
export function offerCsvRow(o: Outcome, line: number, columns: OfferCsvColumns): string {
  const offer = "offer" in o ? o : undefined;
  const cells = "offer" in o ? offerCells(o.offer, line) : errorCells(o);
  if (columns.explain) cells.push(...explainCells(offer?.offer, columns.explain));
  for (const name of columns.keep) cells.push(offer ? keptCell(offer.kept?.[name]) : "");
  return record(cells);
}

function errorCells(o: { readonly line: number; readonly id: unknown; readonly error: string }): string[] {
  const cells: string[] = OFFER_CSV_COLUMNS.map(() => "");
  cells[0] = String(o.line);
  cells[1] = typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : "";
  cells[OFFER_CSV_COLUMNS.length - 1] = o.error;
  return cells;
}

/** simulate's answer to one profile as CSV: the header and its one record (style.line, style.characteristics from the caller). */
export function renderOfferCsv(offer: Offer, style: ViewStyle): string {
  const columns = { explain: style.explain ? (style.characteristics ?? []) : undefined, keep: Object.keys(style.kept ?? {}) };
  return offerCsvHeader(columns) + offerCsvRow({ offer, ...(style.kept ? { kept: style.kept } : {}) }, style.line ?? 1, columns);
}
