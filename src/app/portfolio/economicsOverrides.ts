import { FieldError, said, the, type Words } from "../fieldError.js";
import { Decimal } from "../../engine/decimal.js";
import { DEFAULT_ECONOMICS } from "../../engine/portfolio/economics.js";
import { checkPolicy } from "../../policy/loadPolicy.js";
import type { PolicyJson } from "../../policy/schemas.js";
import { nearName } from "../../policy/profileFields.js";
import { retiredEconomicsKey } from "../../policy/retiredKeys.js";

/** One `--economics KEY=VALUE`: a key of the policy's economics section (termMix.N for a term's weight) and its number. */
export interface EconomicsOverride {
  readonly text: string;
  readonly key: string;
  /** "6" for termMix.6. */
  readonly term?: string;
  readonly value: number;
}

const KEYS = Object.keys(DEFAULT_ECONOMICS);

/** Parses KEY=VALUE; VALUE is a number as JSON writes it (1e6 included), or a percentage with % (3.5% = 0.035). */
export function parseEconomics(text: string): EconomicsOverride {
  const at = text.indexOf("=");
  if (at <= 0) throw new FieldError("economics", "syntax", said`${the("economics")}: expected KEY=VALUE such as takeUp=0.5, got ${JSON.stringify(text)}`);
  const name = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  const [key, term, extra] = name.split(".") as [string, string?, string?];
  if (!KEYS.includes(key) || (term !== undefined && key !== "termMix") || extra !== undefined) {
    const retired = retiredEconomicsKey(name);
    if (retired) throw new FieldError("economics", "unknown", said`${the("economics")}: unknown key ${JSON.stringify(name)}: ${retired}`);
    const near = nearName(key, KEYS);
    throw new FieldError("economics", "unknown", said`${the("economics")}: unknown key ${JSON.stringify(name)}${near && near !== key ? `; did you mean "${near}"?` : ""} (keys: ${KEYS.map((k) => (k === "termMix" ? "termMix.N" : k)).join(", ")})`);
  }
  if (key === "termMix" && term === undefined) throw new FieldError("economics", "syntax", said`${the("economics")} termMix: give one term's weight as termMix.N=WEIGHT, such as termMix.6=0.5`);
  if (term !== undefined && !/^[1-9]\d*$/.test(term)) throw new FieldError("economics", "syntax", said`${the("economics")} ${name}: expected a term in months after termMix., such as termMix.6=0.5`);
  const m = /^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(%?)$/.exec(raw);
  if (!m) throw new FieldError("economics", "syntax", said`${the("economics")} ${name}: expected a number such as 0.5${key.endsWith("Rate") ? " or 3.5%" : ""}, got ${JSON.stringify(raw)}`);
  const value = new Decimal(m[1] as string).div(m[2] ? 100 : 1).toNumber();
  if (!Number.isFinite(value)) throw new FieldError("economics", "invalid", said`${the("economics")} ${name}: ${raw} is too large for a number`);
  return { text, key, ...(term === undefined ? {} : { term }), value };
}

/** `; write 6% (0.06)` for a share given as a percentage without % (vatRate=6): 6 is read as 600%. */
function percentHint(o: EconomicsOverride, message: string | undefined): string {
  if (!message?.startsWith("must be at most 1,") || !(o.value > 1 && o.value <= 100)) return "";
  const given = o.text.slice(o.text.indexOf("=") + 1).trim();
  return `; write ${given}% (${new Decimal(given).div(100).toString()})`;
}

/**
 * The policy with the overrides applied to its economics section, checked by
 * the same schema as a policy file: a value out of range is the option's error.
 */
export function withEconomics(json: PolicyJson, overrides: readonly EconomicsOverride[]): PolicyJson {
  if (!overrides.length) return json;
  const economics: Record<string, unknown> = { ...json.economics, termMix: { ...json.economics.termMix } };
  for (const o of overrides) {
    if (o.term === undefined) economics[o.key] = o.value;
    else (economics.termMix as Record<string, number>)[o.term] = o.value;
  }
  const checked = checkPolicy({ ...json, economics });
  const first = checked.errors[0];
  if (first || !checked.json) {
    const culprit = overrides.find((o) => first?.path.startsWith(`economics.${o.key}`)) ?? overrides[0];
    throw new FieldError("economics", "range", said`${the("economics")} ${culprit?.text ?? ""}: ${first ? `${first.path}: ${first.message}` : "invalid"}${culprit ? percentHint(culprit, first?.message) : ""}`);
  }
  return checked.json;
}

/** The termMix.N overrides no band of any book offers: they change nothing, so the user is told (never dropped silently). */
export function unusedTermWeights(overrides: readonly EconomicsOverride[], policies: readonly PolicyJson[]): Words[] {
  const offered = new Set(policies.flatMap((p) => p.bands.flatMap((b) => b.terms)));
  return overrides
    .filter((o) => o.term !== undefined && !offered.has(Number(o.term)))
    .map((o) => said`warning: ${the("economics")} ${o.text}: no band of the policy offers ${o.term ?? ""}-month loans, so it changes nothing\n`);
}
