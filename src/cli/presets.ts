import { readFileSync } from "node:fs";
import { UsageError } from "../app/errors.js";
import { parseOffersJson, type OfferRecord } from "./offers.js";

/** The bundled presets: data/presets.json, found from src/ and dist/ alike (the package ships it). */
export const PRESETS_URL = new URL("../../data/presets.json", import.meta.url);

/** A bundled offer with its short id (`jiebei`) and display name (`借呗`). */
export interface Preset {
  readonly id: string;
  readonly name: string;
  readonly record: OfferRecord;
  /** The preset as the file writes it (camelCase keys, numbers). */
  readonly fields: Readonly<Record<string, unknown>>;
}

let cached: readonly Preset[] | undefined;

/** Every bundled preset, in the file's order, read once. */
export function presets(): readonly Preset[] {
  if (cached) return cached;
  const text = readFileSync(PRESETS_URL, "utf8");
  const records = parseOffersJson(text, "presets.json");
  const raw = (JSON.parse(text) as { offers: Record<string, unknown>[] }).offers; // valid: parseOffersJson read it
  cached = records.map((record, i) => ({ id: String(record.id), name: String(record.name), record, fields: raw[i] ?? {} }));
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
