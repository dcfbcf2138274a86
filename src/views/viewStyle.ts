import type { Lang } from "./lang.js";
import type { Layout } from "./formats.js";

/** How a view is drawn: its language, chalk's colour level (0 = none), and for tables and charts plain ASCII. */
export interface ViewStyle {
  readonly lang: Lang;
  readonly colorLevel: 0 | 1 | 2 | 3;
  /** Borders and bars in plain ASCII (`--ascii`, or a locale that is not UTF-8). */
  readonly ascii?: boolean;
  /** simulate: add the points of each characteristic. */
  readonly explain?: boolean;
  /** simulate --keep: the input fields to show with the offer. */
  readonly kept?: Readonly<Record<string, unknown>>;
  /** simulate --format csv, one profile: its record's line, and with --explain the policy's characteristic ids (a column each). */
  readonly line?: number;
  readonly characteristics?: readonly string[];
  /** simulate: the requested loan's schedule under its one-line quote. */
  readonly schedule?: boolean;
  /** compare: what the ranking was sorted by, when not the rate (its note says so). */
  readonly sortedBy?: "cost" | "payment";
  /** compare: "table" or "vertical" (one block per offer); left out, vertical only when the table is wider than `columns`. */
  readonly layout?: Layout;
  /** The terminal's width, when drawing to a terminal that knows it. */
  readonly columns?: number;
}
