/**
 * The output formats each command offers with --format, defined once: the
 * options, their parsing, shell completion and renderView all read them here.
 * `--chart` is the "chart" view of quote and compare, chosen by its own flag.
 */
export const FORMATS = {
  quote: ["table", "json", "csv"],
  compare: ["table", "json", "csv"],
  simulate: ["table", "json"],
  policy: ["json"],
} as const;

/** The formats of simulate's --summary on stderr. */
export const SUMMARY_FORMATS = ["text", "json"] as const;

export type CommandWithFormats = keyof typeof FORMATS;
