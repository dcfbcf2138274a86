import { encodingProblem } from "../json/encoding.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** A file an option names holds bytes that are not UTF-8: bad input (exit 2), not an I/O fault. */
export class NotUtf8 extends Error {}

/** The offset in `bytes` of the first byte that does not start a whole UTF-8 character (overlong forms and surrogates included), or -1. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i] as number;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      if (n > 1) strict.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return -1;
}

/**
 * The text of a whole file, decoded strictly: a byte that is not UTF-8 is
 * refused by its line and byte (both counted from 1) instead of being read as
 * U+FFFD, which would silently change a name or an id. A BOM is kept, as
 * readFile(…, "utf8") keeps it: the JSON parser knows it. Not text at all
 * (gzip, UTF-16, binary) is returned as read, for the reader to say which.
 */
export function utf8Whole(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    // Not text at all (gzip, UTF-16, binary): the reader of the text says which, as it does for profiles.
    if (encodingProblem(lenient.decode(bytes.subarray(0, 2048)))) return lenient.decode(bytes);
    const at = Math.max(0, firstBadByte(bytes));
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new NotUtf8(`not UTF-8 at line ${line} (byte ${at + 1})`);
  }
}
