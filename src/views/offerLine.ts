import type { Offer, Reason } from "../engine/simulate/types.js";
import { money, percent } from "./format.js";
import type { Lang } from "./lang.js";
import { quoteToJson } from "./quoteJson.js";

// A batch writes one line per profile: built as text here, it skips the
// intermediate object of offerToJson (offerJson.ts) and its second walk in
// JSON.stringify. The bytes are JSON.stringify(offerToJson(…)) exactly: the
// same keys in the same order, each value through JSON.stringify
// (test/views/offerLine.test.ts holds the two together).

const text = JSON.stringify;

function reasonText(r: Reason, lang: Lang): string {
  return `{"code":${text(r.code)},"text":${text(r.text[lang])}${r.pointsLost === undefined ? "" : `,"pointsLost":${text(r.pointsLost)}`}}`;
}

function list<T>(items: readonly T[], one: (item: T) => string): string {
  let out = "";
  for (let i = 0; i < items.length; i++) out += (i ? "," : "") + one(items[i] as T);
  return `[${out}]`;
}

/** An offer as its NDJSON text, without the newline: offerToJson's JSON, `kept` as its `input`. */
export function offerLine(o: Offer, lang: Lang, explain: boolean, kept?: unknown): string {
  let out = `{"id":${o.id === null ? "null" : text(o.id)},"decision":${text(o.decision)},"code":${o.code === null ? "null" : text(o.code)},"score":${o.score === null ? "null" : text(o.score)}`;
  out += `,"pd":${o.pd === null ? "null" : `"${o.pd.toFixed(4)}"`},"band":${o.band === null ? "null" : text(o.band)}`;
  out += `,"apr":${o.apr === null ? "null" : `"${percent(o.apr)}"`},"dailyRate":${o.dailyRate === null ? "null" : `"${percent(o.dailyRate)}"`}`;
  out += `,"limit":${o.limit === null ? "null" : `"${money(o.limit)}"`},"bindingConstraint":${o.bindingConstraint === null ? "null" : text(o.bindingConstraint)}`;
  out += `,"terms":${list(o.terms, (t) => `{"terms":${text(t.terms)},"maxAmount":"${money(t.maxAmount)}","payment":"${money(t.payment)}","totalInterest":"${money(t.totalInterest)}"}`)}`;
  out += `,"reasons":${list(o.reasons, (r) => reasonText(r, lang))}`;
  out += `,"knockouts":${list(o.knockouts, (k) => `{"code":${text(k.code)},"text":${text(k.text[lang])}}`)}`;
  if (explain && o.pd !== null) out += `,"pdExact":"${o.pd.toFixed(10)}"`;
  if (explain) {
    out += `,"points":${list(o.points, (p) => {
      const value = p.value === undefined ? null : typeof p.value === "boolean" || typeof p.value === "number" ? p.value : p.value.toNumber();
      return `{"id":${text(p.id)},"field":${text(p.field)},"value":${text(value)},"points":${text(p.points)},"pointsLost":${text(p.pointsLost)}}`;
    })}`;
  }
  if (o.requestDeclined) out += `,"requestDeclined":${reasonText(o.requestDeclined, lang)}`;
  if (o.quote) out += `,"quote":${text(quoteToJson({ quote: o.quote }))}`;
  if (kept !== undefined) out += `,"input":${text(kept)}`;
  return `${out}}`;
}
