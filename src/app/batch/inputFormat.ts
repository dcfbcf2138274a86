/** How an input is written: `auto` decides by the file's name, else by its first character. */
export const INPUT_FORMATS = ["auto", "json", "csv"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * The format to read `path` as: a name ending in .csv (any case) is CSV
 * under `auto`; stdin and other names stay `auto`, for the text to decide.
 */
export function formatFor(format: InputFormat, path: string): InputFormat {
  return format === "auto" && path !== "-" && /\.csv$/i.test(path) ? "csv" : format;
}
