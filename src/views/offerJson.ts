import type { Offer, Reason } from "../engine/simulate/types.js";
import { money, percent } from "./format.js";
import type { Lang } from "./lang.js";
import { quoteToJson } from "./quoteJson.js";
import { reasonText } from "./reasonText.js";
import type { ViewStyle } from "./viewStyle.js";

function reasonJson(r: Reason, lang: Lang) {
  return { code: r.code, text: reasonText(r, lang), ...("pointsLost" in r ? { pointsLost: r.pointsLost } : {}) };
}

/** An offer as the contract of docs/json.md: money and rates as strings, texts in `lang`. */
export function offerToJson(o: Offer, lang: Lang, explain: boolean) {
  return {
    id: o.id,
    decision: o.decision,
    code: o.code,
    score: o.score,
    pd: o.pd === null ? null : o.pd.toFixed(4),
    band: o.band,
    apr: o.apr === null ? null : percent(o.apr),
    dailyRate: o.dailyRate === null ? null : percent(o.dailyRate),
    limit: o.limit === null ? null : money(o.limit),
    bindingConstraint: o.bindingConstraint,
    terms: o.terms.map((t) => ({ terms: t.terms, maxAmount: money(t.maxAmount), payment: money(t.payment), totalInterest: money(t.totalInterest) })),
    reasons: o.reasons.map((r) => reasonJson(r, lang)),
    knockouts: o.knockouts.map((k) => ({ code: k.code, text: k.text[lang] })),
    // pdExact: enough places that Σ limit × PD × LGD over a batch reproduces the summary to the fen.
    ...(explain && o.pd !== null ? { pdExact: o.pd.toFixed(10) } : {}),
    ...(explain
      ? { points: o.points.map((p) => ({ id: p.id, field: p.field, value: p.value === undefined ? null : typeof p.value !== "object" ? p.value : p.value.toNumber(), points: p.points, pointsLost: p.pointsLost })) }
      : {}),
    ...(o.requestDeclined ? { requestDeclined: reasonJson(o.requestDeclined, lang) } : {}),
    ...(o.quote ? { quote: quoteToJson({ quote: o.quote }) } : {}),
  };
}

/** simulate's answer to one profile as pretty JSON. */
export function renderOfferJson(o: Offer, style: ViewStyle): string {
  const json = offerToJson(o, style.lang, style.explain === true);
  return `${JSON.stringify(style.kept ? { ...json, input: style.kept } : json, null, 2)}\n`;
}

/** The record that takes an invalid input's place in a batch. */
export function errorRecordJson(line: number, id: unknown, error: string) {
  return { line, id: typeof id === "string" || typeof id === "number" ? id : null, error };
}
