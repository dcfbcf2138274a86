import type { Summary } from "../engine/simulate/summary.js";
import { money, percent } from "./format.js";

const orNull = (value: { toFixed(n: number): string } | null, places: number) => (value === null ? null : value.toFixed(places));

/** The batch summary as JSON: counts as numbers, money and rates as strings. */
export function summaryToJson(s: Summary) {
  return {
    records: s.records,
    invalid: s.invalid,
    byDecision: s.byDecision,
    byCode: s.byCode,
    approvalRate: s.approvalRate.toFixed(4),
    apr: { mean: orNull(s.apr.mean, 4), median: orNull(s.apr.median, 4) },
    limit: { mean: orNull(s.limit.mean, 2), median: orNull(s.limit.median, 2), total: money(s.limit.total) },
    expectedLoss: money(s.expectedLoss.toDecimalPlaces(2)),
    expectedLossShare: s.expectedLossShare.toFixed(4),
  };
}

/** The batch summary for people, a few lines for stderr. */
export function renderSummaryText(s: Summary): string {
  const j = summaryToJson(s);
  const codes = Object.entries(j.byCode).map(([code, n]) => `${code} ${n}`).join(", ") || "none";
  return [
    `records ${j.records} · invalid ${j.invalid} · approved ${j.byDecision.approved} · declined ${j.byDecision.declined} · not invited ${j.byDecision.not_invited}`,
    `by code: ${codes}`,
    `approval rate ${percent(s.approvalRate.times(100), 2)}% · APR mean ${j.apr.mean ?? "—"}% median ${j.apr.median ?? "—"}% · limit mean ${j.limit.mean ?? "—"} median ${j.limit.median ?? "—"}`,
    `expected loss ${j.expectedLoss} = ${percent(s.expectedLossShare.times(100), 2)}% of total limit ${j.limit.total}`,
  ].join("\n") + "\n";
}
