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

/**
 * Horizontal stacked bars scaled to the largest total. Each segment's end is
 * rounded to whole cells from the running total, so the parts of a bar always
 * add up to the bar (no cell is lost or doubled by rounding each part alone).
 */
export function renderBars(bars: readonly Bar[], style: ChartStyle): string[] {
  const totals = bars.map((b) => b.segments.reduce((s, seg) => s.plus(seg.value), new Decimal(0)));
  const largest = Decimal.max(...totals, new Decimal(0));
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
    return `${padColumns(bar.label, labelWidth, "right")} ${style.ascii ? "|" : "│"}${cells.join("")}${" ".repeat(style.width - drawn)} ${bar.note}`;
  });
}
