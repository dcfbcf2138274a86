/**
 * The longest one record may be — an NDJSON line, or one element of a JSON
 * array — counted in characters (64 MiB of ASCII). A longer one becomes an
 * error record and reading goes on after it; memory stays bounded by it.
 */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;
export const TOO_LONG_MESSAGE = "record longer than 64 MiB";

/** A line with no end in sight after this much is not skipped further: the input is given up. */
export const MAX_SKIP_CHARS = 4 * MAX_RECORD_CHARS;

/** The input is not UTF-8 text at all (UTF-16, binary): one error for the whole input. */
export class NotText extends Error {
  override readonly name = "NotText";
}
