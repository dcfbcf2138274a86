import type { ChalkInstance } from "chalk";
import { Decimal } from "../engine/decimal.js";
import { padColumns, widest } from "./textWidth.js";

/** Bars this wide fit an 80-column terminal beside their labels and notes. */
export const CHART_WIDTH = 40;

/** One part of a stacked bar: a value and how it is drawn. */
export interface Segment {
  readonly value: Decimal;
  readonly glyph: { readonly unicode: string; readonly ascii: string };
  readonly colour: (c: ChalkInstance) => (text: string) => string;
}

export interface Bar {
  readonly label: string;
  readonly segments: readonly Segment[];
  readonly note: string;
}

/** How bars are drawn: their width in columns, Unicode or plain ASCII, chalk for colour. */
export interface ChartStyle {
  readonly width: number;
  readonly ascii: boolean;
  readonly chalk: ChalkInstance;
}

/** A vertical line across the bars at a value (a target), drawn in the cells a bar leaves empty. */
export interface Rule {
  readonly value: Decimal;
  readonly glyph: { readonly unicode: string; readonly ascii: string };
  readonly colour: (c: ChalkInstance) => (text: string) => string;
}

/** The empty cells after a bar: blanks, with the rule's glyph at its column when the bar stops short of it. */
function blanks(drawn: number, width: number, ruleAt: number | undefined, glyph: string): string {
  if (ruleAt === undefined || ruleAt < drawn) return " ".repeat(width - drawn);
  return `${" ".repeat(ruleAt - drawn)}${glyph}${" ".repeat(width - ruleAt - 1)}`;
}

/**
 * Horizontal stacked bars scaled to the largest total (or to the rule, when
 * it is larger). Each segment's end is rounded to whole cells from the
 * running total, so the parts of a bar always add up to the bar (no cell is
 * lost or doubled by rounding each part alone).
 */
export function renderBars(bars: readonly Bar[], style: ChartStyle, rule?: Rule): string[] {
  const totals = bars.map((b) => b.segments.reduce((s, seg) => s.plus(seg.value), new Decimal(0)));
  const largest = Decimal.max(...totals, rule?.value ?? 0, new Decimal(0));
  // The first cell past a bar of the rule's value, kept inside the bars' width.
  const ruleAt = rule && !largest.isZero() ? Math.min(style.width - 1, rule.value.div(largest).times(style.width).round().toNumber()) : undefined;
  const ruleGlyph = rule ? rule.colour(style.chalk)(style.ascii ? rule.glyph.ascii : rule.glyph.unicode) : "";
  const labelWidth = widest(bars.map((b) => b.label));
  return bars.map((bar) => {
    let drawn = 0;
    let running = new Decimal(0);
    const cells = bar.segments.map((seg) => {
      running = running.plus(seg.value);
      const end = largest.isZero() ? 0 : running.div(largest).times(style.width).round().toNumber();
      const count = Math.max(0, end - drawn);
      drawn += count;
      return seg.colour(style.chalk)((style.ascii ? seg.glyph.ascii : seg.glyph.unicode).repeat(count));
    });
    return `${padColumns(bar.label, labelWidth, "right")} ${style.ascii ? "|" : "│"}${cells.join("")}${blanks(drawn, style.width, ruleAt, ruleGlyph)} ${bar.note}`;
  });
}
