/** How an input is written: `auto` decides by the file's name, else by its first character. */
export const INPUT_FORMATS = ["auto", "json", "csv"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * The format to read `path` as under `auto`: a name ending in .csv (any case)
 * is CSV, one ending in .json, .ndjson or .jsonl is JSON (so an NDJSON file
 * whose first line is broken stays NDJSON, that line its own error); stdin
 * and other names stay `auto`, for the first character to decide.
 */
export function formatFor(format: InputFormat, path: string): InputFormat {
  if (format !== "auto" || path === "-") return format;
  return /\.csv$/i.test(path) ? "csv" : /\.(?:json|ndjson|jsonl)$/i.test(path) ? "json" : "auto";
}
