/**
 * Why text decoded as UTF-8 is not UTF-8 at all, judged from its start, or
 * undefined. UTF-16's byte order mark decodes to two U+FFFD; UTF-16 without
 * one puts a NUL byte beside every ASCII character; /dev/zero is all NULs.
 */
export function encodingProblem(start: string): string | undefined {
  if (start.startsWith("\ufffd\ufffd") || start.startsWith("\u0000\u0000\ufffd\ufffd")) return "it is UTF-16 or UTF-32 text (it starts with that byte order mark): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
  const sample = start.slice(0, 512);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls++;
  if (sample.length < 4 || nuls * 4 < sample.length) return undefined;
  return nuls === sample.length ? "it is binary data (NUL bytes), not text" : "it looks like UTF-16 text (a NUL byte beside each character): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8";
}
