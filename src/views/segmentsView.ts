import type { Segment } from "../engine/simulate/segments.js";
import type { Summary } from "../engine/simulate/summary.js";
import { groupedMoney, money } from "./format.js";
import type { Lang } from "./lang.js";
import { printable } from "./printable.js";
import { padColumns, widest } from "./textWidth.js";

const HEADERS: Readonly<Record<Lang, { by: (name: string) => string; columns: readonly string[] }>> = {
  zh: { by: (name) => `按 ${name} 分组：`, columns: ["分组", "记录", "通过", "通过率", "平均违约概率", "总额度", "预期损失"] },
  en: { by: (name) => `by ${name}:`, columns: ["segment", "records", "approved", "approval", "mean PD", "total limit", "expected loss"] },
};

/** One segment as JSON: counts as numbers, rates and money as strings. */
function segmentJson(s: Segment) {
  return {
    segment: s.segment,
    records: s.records,
    approved: s.approved,
    approvalRate: s.approvalRate.toFixed(4),
    meanPd: s.meanPd === null ? null : s.meanPd.toFixed(4),
    limitTotal: money(s.limitTotal),
    expectedLoss: money(s.expectedLoss.toDecimalPlaces(2)),
  };
}

/** The `--by` tables as JSON: one entry per --by, its rows in segment order. */
export function segmentsToJson(s: Summary) {
  return s.segments.map((t) => ({ by: t.by, rows: t.rows.map(segmentJson) }));
}

/** The `--by` tables as text: a title line, then aligned columns (the segment left, figures right). */
export function renderSegmentsText(s: Summary, lang: Lang): string[] {
  const h = HEADERS[lang];
  const lines: string[] = [];
  for (const t of s.segments) {
    const rows = t.rows.map((r) => [printable(r.segment), String(r.records), String(r.approved), `${r.approvalRate.times(100).toFixed(2)}%`, r.meanPd === null ? "—" : `${r.meanPd.times(100).toFixed(2)}%`, groupedMoney(r.limitTotal), groupedMoney(r.expectedLoss)]);
    const all = [h.columns, ...rows];
    const widths = h.columns.map((_, i) => widest(all.map((r) => r[i] as string)));
    const pad = (cell: string, i: number) => padColumns(cell, widths[i] as number, i === 0 ? "left" : "right");
    lines.push(h.by(printable(t.by)), ...all.map((r) => `  ${r.map(pad).join("  ")}`.trimEnd()));
  }
  return lines;
}
