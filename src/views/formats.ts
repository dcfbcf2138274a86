/**
 * The output formats each command offers with --format, defined once: the
 * options, their parsing, shell completion and renderView all read them here.
 * `--chart` is the "chart" view of quote and compare, chosen by its own flag.
 */
export const FORMATS = {
  quote: ["table", "json", "csv"],
  compare: ["table", "json", "csv"],
  simulate: ["table", "json", "csv"],
  policy: ["json"],
  portfolio: ["table", "json", "ndjson", "csv"],
  fit: ["table", "json"],
  validate: ["table", "json"],
} as const;

/** The formats of simulate's --summary on stderr. */
export const SUMMARY_FORMATS = ["text", "json"] as const;

export type CommandWithFormats = keyof typeof FORMATS;

/**
 * How compare lays out its offers: a table with a column each, or a block each,
 * one line per figure. Here, not in layout.ts: the options and completion need
 * the names at start-up, and layout.ts loads string-width (Intl.Segmenter, ~20 ms).
 */
export const LAYOUTS = ["table", "vertical"] as const;
export type Layout = (typeof LAYOUTS)[number];
