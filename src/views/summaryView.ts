import type { Summary } from "../engine/simulate/summary.js";
import type { Decimal } from "../engine/decimal.js";
import { groupedMoney, money, percent } from "./format.js";
import { printable } from "./printable.js";
import { renderSegmentsText, segmentsToJson } from "./segmentsView.js";
import { SUMMARY_LABELS } from "./summaryLabels.js";
import type { ViewStyle } from "./viewStyle.js";

const orNull = (value: { toFixed(n: number): string } | null, places: number) => (value === null ? null : value.toFixed(places));

/** The batch summary as JSON: counts as numbers, money and rates as strings. */
export function summaryToJson(s: Summary) {
  return {
    records: s.records,
    invalid: s.invalid,
    byDecision: s.byDecision,
    byCode: s.byCode,
    approvalRate: s.approvalRate.toFixed(4),
    approvalRateOf: "valid records",
    invited: s.invited,
    approvalRateInvited: s.approvalRateInvited.toFixed(4),
    apr: { mean: orNull(s.apr.mean, 4), median: orNull(s.apr.median, 4) },
    limit: { mean: orNull(s.limit.mean, 2), median: orNull(s.limit.median, 2), total: money(s.limit.total) },
    expectedLoss: money(s.expectedLoss.toDecimalPlaces(2)),
    expectedLossShare: s.expectedLossShare.toFixed(4),
    lgd: s.lgd.toFixed(4),
    pdHorizonMonths: s.pdHorizonMonths,
    ...(s.segments.length ? { segments: segmentsToJson(s) } : {}),
  };
}

/** The batch summary as one JSON line (for stderr). */
export function renderSummaryJson(s: Summary): string {
  return `${JSON.stringify(summaryToJson(s))}\n`;
}

/** The batch summary for people, a few lines for stderr in the style's language, money grouped like the other views. */
export function renderSummaryText(s: Summary, style: Pick<ViewStyle, "lang">): string {
  const l = SUMMARY_LABELS[style.lang];
  const j = summaryToJson(s);
  const grouped = (value: Decimal | null) => (value === null ? "—" : groupedMoney(value));
  const codes = Object.entries(j.byCode).map(([code, n]) => `${printable(code)} ${n}`).join(", ") || l.noCode;
  return [
    l.counts(j.records, j.invalid, j.byDecision.approved, j.byDecision.declined, j.byDecision.not_invited),
    l.byCode(codes),
    l.rates(percent(s.approvalRate.times(100), 2), j.records - j.invalid, percent(s.approvalRateInvited.times(100), 2), j.invited, j.apr.mean === null ? "—" : `${j.apr.mean}%`, j.apr.median === null ? "—" : `${j.apr.median}%`, grouped(s.limit.mean), grouped(s.limit.median)),
    l.loss(groupedMoney(s.expectedLoss), percent(s.expectedLossShare.times(100), 2), groupedMoney(s.limit.total), s.pdHorizonMonths, s.lgd.toFixed(2)),
    ...renderSegmentsText(s, style.lang),
  ].join("\n") + "\n";
}
