import { Chalk } from "chalk";
import type { WhatIf } from "../app/whatIf.js";
import type { Offer, RuleValue } from "../engine/simulate/types.js";
import { compactTable } from "./compactTable.js";
import { groupedMoney, percent } from "./format.js";
import type { Lang } from "./lang.js";
import { OFFER_LABELS } from "./offerLabels.js";
import { offerToJson } from "./offerJson.js";
import { printable } from "./printable.js";
import type { ViewStyle } from "./viewStyle.js";

const LABELS: Readonly<Record<Lang, { head: readonly string[]; rows: readonly string[]; points: readonly string[]; title: string }>> = {
  zh: { head: ["", "现在", "假如"], rows: ["结果", "评分", "等级", "年利率", "额度", "申请月供"], points: ["特征", "字段", "取值(现在 → 假如)", "得分(现在 → 假如)"], title: "变化的评分项" },
  en: { head: ["", "As it is", "What if"], rows: ["Decision", "Score", "Band", "APR", "Limit", "Requested payment"], points: ["Characteristic", "Field", "Value (now → what if)", "Points (now → what if)"], title: "Points that changed" },
};

/** A rule value as the offer table shows one: JSON's number, the exact dsr to 4 places, a dash when missing. */
function shown(value: RuleValue): string {
  if (value === undefined) return "—";
  return typeof value === "object" ? value.toDecimalPlaces(4).toString() : String(value);
}

/** One offer's figures, one per row of LABELS.rows; a dash where the decision did not reach it. */
function column(o: Offer, lang: Lang): string[] {
  const dash = "—";
  return [
    // With its code, so a decline says why (declined (KO03)).
    `${OFFER_LABELS[lang].decision[o.decision]}${o.code ? ` (${printable(o.code)})` : ""}`,
    o.score === null ? dash : String(o.score),
    o.band === null ? dash : printable(o.band),
    o.apr === null ? dash : `${percent(o.apr, 2)}%`,
    o.limit === null ? dash : groupedMoney(o.limit),
    o.quote ? groupedMoney(o.quote.schedule[0]?.payment ?? o.quote.totals.payment) : o.requestDeclined ? printable(o.requestDeclined.code) : dash,
  ];
}

/** simulate --what-if: the offer now and with the changes, side by side, then the points that moved. */
export function renderWhatIfTable(w: WhatIf, style: ViewStyle): string {
  const c = new Chalk({ level: style.colorLevel });
  const l = LABELS[style.lang];
  const [now, then] = [column(w.asIs, style.lang), column(w.whatIf, style.lang)];
  const table = compactTable(l.head.map((h) => c.bold(h)), ["left", "right", "right"], style.ascii === true);
  l.rows.forEach((label, i) => table.push([label, now[i] ?? "", now[i] === then[i] ? (then[i] ?? "") : c.bold(then[i] ?? "")]));
  const lines = [table.toString()];
  if (w.changed.length) {
    const points = compactTable(l.points.map((h) => c.bold(h)), ["left", "left", "right", "right"], style.ascii === true);
    for (const { asIs, whatIf } of w.changed) points.push([printable(asIs.id), asIs.field, `${shown(asIs.value)} → ${shown(whatIf.value)}`, `${asIs.points} → ${whatIf.points}`]);
    lines.push(`${l.title}:`, points.toString());
  }
  return `${lines.join("\n")}\n`;
}

/** The same as JSON: both offers as the offer contract writes them, and the points that moved. */
export function renderWhatIfJson(w: WhatIf, style: ViewStyle): string {
  const value = (v: RuleValue) => (v === undefined ? null : typeof v === "object" ? v.toNumber() : v);
  const changed = w.changed.map(({ asIs, whatIf }) => ({ id: asIs.id, field: asIs.field, value: [value(asIs.value), value(whatIf.value)], points: [asIs.points, whatIf.points] }));
  const explain = style.explain === true;
  return `${JSON.stringify({ asIs: offerToJson(w.asIs, style.lang, explain), whatIf: offerToJson(w.whatIf, style.lang, explain), changed }, null, 2)}\n`;
}
