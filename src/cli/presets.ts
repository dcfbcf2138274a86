import { readFileSync } from "node:fs";
import { UsageError } from "../app/errors.js";
import { parseOffersJson, type OfferRecord } from "./offers.js";

/** The bundled presets: examples/offers/presets.json, found from src/ and dist/ alike (the package ships it). */
export const PRESETS_URL = new URL("../../examples/offers/presets.json", import.meta.url);

/** A bundled offer with its short id (`jiebei`) and display name (`借呗`). */
export interface Preset {
  readonly id: string;
  readonly name: string;
  readonly record: OfferRecord;
}

let cached: readonly Preset[] | undefined;

/** Every bundled preset, in the file's order, read once. */
export function presets(): readonly Preset[] {
  cached ??= parseOffersJson(readFileSync(PRESETS_URL, "utf8"), "presets.json").map((record) => ({ id: String(record.id), name: String(record.name), record }));
  return cached;
}

const fold = (text: string) => text.trim().toLowerCase();

/**
 * The preset `query` names: by id or name exactly, else by a prefix of
 * either that only one preset has. Several matches are an error listing them,
 * so `随身贷` asks which of the two was meant.
 */
export function findPreset(query: string): Preset {
  const q = fold(query);
  const all = presets();
  const exact = all.find((p) => fold(p.id) === q || fold(p.name) === q);
  if (exact) return exact;
  const matches = q === "" ? [] : all.filter((p) => fold(p.id).startsWith(q) || fold(p.name).startsWith(q));
  if (matches.length === 1) return matches[0] as Preset;
  const shown = (list: readonly Preset[]) => list.map((p) => `${p.id} (${p.name})`).join(", ");
  if (matches.length > 1) throw new UsageError(`--preset ${JSON.stringify(query)}: matches ${matches.length} presets: ${shown(matches)}; give one id`);
  throw new UsageError(`--preset: no preset ${JSON.stringify(query)} (presets: ${all.map((p) => p.id).join(", ")}; compare --list-presets shows them)`);
}

/** What a preset charges, in its keys: "apr 7.3%", "daily-rate 0.04% (year 360, daily)", "total-fee-rate 2.3%". */
function price(r: OfferRecord): string {
  const parts: string[] = [];
  for (const key of ["apr", "daily-rate", "fee-rate", "total-fee-rate"]) if (r[key] !== undefined) parts.push(`${key} ${String(r[key])}%`);
  if (r["year-basis"] !== undefined) parts.push(`year-basis ${String(r["year-basis"])}`);
  if (r.interest !== undefined) parts.push(`interest ${String(r.interest)}`);
  return `${parts.join(", ")}; ${String(r.terms)} terms; ${String(r.method ?? "equal-installment")}`;
}

/** compare --list-presets: each preset's id, name, price, source and date. */
export function listPresets(): string {
  return presets()
    .map((p) => `${p.id}  ${p.name}\n  ${price(p.record)}\n  source: ${String(p.record.source ?? "—")} (as of ${String(p.record["as-of"] ?? "—")})\n`)
    .join("");
}
