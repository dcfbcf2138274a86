/**
 * Put in front of a line of input that holds bytes that are not UTF-8 (they
 * are decoded as U+FFFD): a lone surrogate, which no decoded UTF-8 text holds,
 * so the line is refused by line number instead of read with changed text.
 */
export const NOT_UTF8 = "\udfff";

/** Characters that say "not text": C0 controls but tab, newline, form feed, return and escape (colour codes are text); U+FFFD (a byte that is not UTF-8). */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\ufffd]/g;

const nulShare = (text: string) => (text.match(/\u0000/g)?.length ?? 0) / Math.max(1, text.length);

/**
 * Why text decoded as UTF-8 is not UTF-8 at all, judged from its start, or
 * undefined. gzip starts 1f 8b (0x8b decodes to U+FFFD). A UTF-16 byte order
 * mark decodes to two U+FFFD — so does random binary, so a BOM is claimed
 * only when a NUL byte then stands beside each ASCII character, as in UTF-16
 * JSON. /dev/zero is all NULs; other binary is mostly controls and U+FFFD.
 */
export function encodingProblem(start: string): string | undefined {
  if (start.startsWith("\u001f\ufffd")) return "it is gzip-compressed: decompress it first, e.g. gunzip -c FILE | suishendai …";
  const sample = start.slice(0, 512);
  const bom = sample.startsWith("\ufffd\ufffd") ? 2 : sample.startsWith("\u0000\u0000\ufffd\ufffd") ? 4 : 0;
  if (bom > 0 && sample.length > bom + 2 && nulShare(sample.slice(bom)) >= 0.25) return "it is UTF-16 or UTF-32 text (it starts with that byte order mark): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
  if (sample.length < 4) return undefined;
  const nuls = nulShare(sample);
  if (nuls === 1) return "it is binary data (NUL bytes), not text";
  if (nuls >= 0.25) return "it looks like UTF-16 text (a NUL byte beside each character): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
  // A stray bad byte in real text is the record's own error; this many is not text.
  if ((sample.match(NOT_TEXT)?.length ?? 0) * 10 >= sample.length) return "it is binary data, not text";
  return undefined;
}
