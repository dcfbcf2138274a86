import type { GainsRow } from "../engine/scorecardFit/gainsTable.js";
import type { ScoreInterval } from "../engine/scorecardFit/scoreDistribution.js";
import { compactTable } from "./compactTable.js";
import { drawnWidth } from "./layout.js";
import type { PERFORMANCE_LABELS } from "./performanceLabels.js";
import { padColumns, widest } from "./textWidth.js";
import { wrapText } from "./wrapText.js";

type Labels = (typeof PERFORMANCE_LABELS)["en"] | (typeof PERFORMANCE_LABELS)["zh"];
const f4 = (x: number) => x.toFixed(4);
const f2 = (x: number) => x.toFixed(2);

/** The gains table, riskiest decile first, and a total row (the sums of the rows); too wide for `columns`, each score range on two lines. */
export function gainsView(rows: readonly GainsRow[], l: Labels, ascii: boolean, columns: number): string {
  const draw = (range: (min: number, max: number) => string) => {
    const table = compactTable(l.gainsHead, ["right", "left", "right", "right", "right", "right", "right", "right", "right"], ascii);
    for (const r of rows) table.push([String(r.decile), range(r.minScore, r.maxScore), String(r.records), String(r.bads), f4(r.badRate), f4(r.cumBads), f4(r.cumGoods), f4(r.ks), f2(r.lift)]);
    const records = rows.reduce((s, r) => s + r.records, 0);
    const bads = rows.reduce((s, r) => s + r.bads, 0);
    const [first, last] = [rows[0], rows.at(-1)];
    if (first && last) table.push([l.total, range(first.minScore, last.maxScore), String(records), String(bads), f4(bads / records), "", "", "", ""]);
    return table.toString();
  };
  const oneLine = draw((min, max) => `${min}–${max}`);
  return drawnWidth(oneLine) <= columns ? oneLine : draw((min, max) => `${min}–\n${max}`);
}

/** Bar cells for `count` out of `most`, at least one for a count above 0. */
function bar(count: number, most: number, width: number, glyph: string): string {
  const cells = count === 0 ? 0 : Math.max(1, Math.round((width * count) / most));
  return glyph.repeat(cells) + " ".repeat(width - cells);
}

/**
 * The score distribution as two bar columns, goods and bads, each to its own
 * largest interval; undefined when it would not fit `columns`.
 */
export function scoreHistogram(rows: readonly ScoreInterval[], l: Labels, ascii: boolean, columns: number): string[] | undefined {
  if (rows.length === 0) return undefined;
  const width = 20;
  const glyph = ascii ? "#" : "█";
  const side = ascii ? "|" : "│";
  const mostGoods = Math.max(1, ...rows.map((r) => r.goods));
  const mostBads = Math.max(1, ...rows.map((r) => r.bads));
  const cells = [
    [l.distributionHead[0] as string, "", l.distributionHead[1] as string, "", "", l.distributionHead[2] as string, ""],
    ...rows.map((r) => [`${r.minScore}–${r.maxScore}`, side, bar(r.goods, mostGoods, width, glyph), String(r.goods), side, bar(r.bads, mostBads, width, glyph), String(r.bads)]),
  ];
  const aligns = ["left", "left", "left", "right", "left", "left", "right"] as const;
  const widths = aligns.map((_, x) => widest(cells.map((row) => row[x] as string)));
  const lines = cells.map((row) => `  ${row.map((cell, x) => padColumns(cell, widths[x] as number, aligns[x])).join(" ")}`.trimEnd());
  return drawnWidth(lines.join("\n")) <= columns ? lines : undefined;
}

/** The gains table and the score distribution (when it fits) of a report, on `what` (the holdout, or all). */
export function performanceLines(r: { readonly gains: readonly GainsRow[]; readonly scoreDistribution: readonly ScoreInterval[] }, l: Labels, what: string, ascii: boolean, columns: number): string[] {
  const histogram = scoreHistogram(r.scoreDistribution, l, ascii, columns);
  return [
    ...wrapText(l.gainsOn(what), columns, "  "),
    gainsView(r.gains, l, ascii, columns),
    ...(histogram ? ["", ...wrapText(l.distributionOn(what), columns, "  "), ...histogram] : []),
  ];
}
