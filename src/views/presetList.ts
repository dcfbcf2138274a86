import type { Lang } from "./lang.js";

// compare --list-presets: the bundled offers, for people (zh or en) or as JSON.

/** A bundled preset as the list shows it: its offer keys (kebab-case, as --offer takes them) and the file's own fields. */
export interface PresetListItem {
  readonly id: string;
  readonly name: string;
  readonly record: Readonly<Record<string, string | boolean>>;
  /** The preset as presets.json writes it. */
  readonly fields: Readonly<Record<string, unknown>>;
}

const WORDS = {
  zh: { terms: (n: string) => `${n} 期`, source: "来源", asOf: (d: string) => `截至 ${d}` },
  en: { terms: (n: string) => `${n} terms`, source: "source", asOf: (d: string) => `as of ${d}` },
} as const;

/** What a preset charges, in its keys: "apr 7.3%", "daily-rate 0.04%, year-basis 360, interest daily", "total-fee-rate 2.3%". */
function price(r: PresetListItem["record"], lang: Lang): string {
  const parts: string[] = [];
  for (const key of ["apr", "daily-rate", "fee-rate", "total-fee-rate"]) if (r[key] !== undefined) parts.push(`${key} ${String(r[key])}%`);
  for (const key of ["year-basis", "interest", "fee-residual", "principal-rounding"]) if (r[key] !== undefined) parts.push(`${key} ${String(r[key])}`);
  return `${parts.join(", ")}; ${WORDS[lang].terms(String(r.terms))}; ${String(r.method ?? "equal-installment")}`;
}

/** Each preset's id, name, price, source and date, in `lang`. */
export function presetListText(items: readonly PresetListItem[], lang: Lang): string {
  const w = WORDS[lang];
  return items.map((p) => `${p.id}  ${p.name}\n  ${price(p.record, lang)}\n  ${w.source}: ${String(p.record.source ?? "—")} (${w.asOf(String(p.record["as-of"] ?? "—"))})\n`).join("");
}

/** The presets as a JSON array, each with the fields presets.json gives it. */
export function presetListJson(items: readonly PresetListItem[]): string {
  return `${JSON.stringify(items.map((p) => p.fields), null, 2)}\n`;
}
