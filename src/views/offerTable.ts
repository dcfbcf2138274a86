import { Chalk } from "chalk";
import { Decimal } from "../engine/decimal.js";
import type { Offer, RuleValue } from "../engine/simulate/types.js";
import { compactTable } from "./compactTable.js";
import { groupedMoney, percent } from "./format.js";
import { OFFER_LABELS } from "./offerLabels.js";
import { printable } from "./printable.js";
import { reasonText } from "./reasonText.js";
import type { ViewStyle } from "./viewStyle.js";
import { QUOTE_LABELS } from "./quoteLabels.js";
import { scheduleTable } from "./scheduleTable.js";

/**
 * A characteristic's value as a cell: numbers written out as JSON gave them
 * (1e21 in full, not in exponent form), the derived dsr to 4 decimals (1/3
 * is exact to 40 digits), a missing value as a dash.
 */
function valueCell(value: RuleValue): string {
  if (value === undefined) return "—";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return printable(value);
  return typeof value === "number" ? new Decimal(String(value)).toString() : value.toDecimalPlaces(4).toString();
}

/** One offer for people: decision, score, band, price, limit, terms, reasons. Data (ids, policy codes and texts) goes through printable. */
export function renderOfferTable(o: Offer, style: ViewStyle): string {
  const c = new Chalk({ level: style.colorLevel });
  const l = OFFER_LABELS[style.lang];
  const colour = o.decision === "approved" ? c.green.bold : o.decision === "declined" ? c.red.bold : c.yellow.bold;
  const lines = [`${o.id === null ? "" : `${l.profile} ${printable(String(o.id))}: `}${colour(l.decision[o.decision])}${o.code ? ` (${l.code} ${printable(o.code)})` : ""}`];
  if (o.score !== null && o.pd !== null) lines.push(l.score(o.score, percent(o.pd.times(100), 2) + "%"));
  if (o.band !== null) lines.push(`${l.band} ${c.bold(printable(o.band))}`);
  if (o.apr && o.dailyRate) lines.push(l.apr(percent(o.apr), percent(o.dailyRate)));
  if (o.limit && o.bindingConstraint) lines.push(l.limit(groupedMoney(o.limit), l.constraint[o.bindingConstraint]));
  if (o.terms.length) {
    const table = compactTable(l.termHeaders.map((h) => c.bold(h)), ["right", "right", "right", "right"], style.ascii);
    for (const t of o.terms) table.push([String(t.terms), groupedMoney(t.maxAmount), groupedMoney(t.payment), groupedMoney(t.totalInterest)]);
    lines.push(table.toString());
  }
  if (o.requestDeclined) lines.push(c.red(`${l.requestDeclined}: ${printable(o.requestDeclined.code)} ${printable(o.requestDeclined.text[style.lang])}`));
  if (o.quote) lines.push(l.requestQuote(groupedMoney(o.quote.amount), o.quote.terms, groupedMoney(o.quote.schedule[0]?.payment ?? o.quote.totals.payment)));
  if (o.quote && style.schedule) lines.push(scheduleTable(o.quote.schedule, QUOTE_LABELS[style.lang], false, c, style.ascii === true));
  if (o.reasons.length) lines.push(`${l.reasons}:`, ...o.reasons.map((r) => `  ${printable(r.code)} ${printable(reasonText(r, style.lang))}${"pointsLost" in r ? ` (−${r.pointsLost})` : ""}`));
  if (o.knockouts.length > 1) lines.push(`${l.knockouts}: ${o.knockouts.map((k) => printable(k.code)).join(", ")}`);
  if (style.explain && o.points.length) {
    const table = compactTable(l.pointsHeaders.map((h) => c.bold(h)), ["left", "left", "right", "right", "right"], style.ascii);
    for (const p of o.points) table.push([printable(p.id), p.field, valueCell(p.value), String(p.points), String(p.pointsLost)]);
    lines.push(table.toString());
  }
  if (style.kept) lines.push(`${l.input}: ${Object.entries(style.kept).map(([k, v]) => `${k} ${printable(JSON.stringify(v))}`).join(" · ")}`);
  return `${lines.join("\n")}\n`;
}
