import { NOT_UTF8 } from "../../json/encoding.js";

// The BOM is ours to drop, once: a decoder used chunk by chunk would drop one at every chunk's start.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** How many bytes at the end of `bytes` begin a character the next chunk completes (0 to 3). */
function openTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) return back < (byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2) ? back : 0;
  }
  return 0;
}

/**
 * Whole lines of bytes as text. A line holding bytes that are not UTF-8 is
 * decoded leniently (U+FFFD for them) and NOT_UTF8 put in front of it (of
 * its piece, when a line spans chunks: the mark is somewhere in it), so
 * that it becomes its own error record instead of a record whose id or
 * fields silently changed. A newline byte is never part of a multi-byte
 * character, so a line can be judged alone.
 */
function decodeLines(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    const lines: string[] = [];
    for (let from = 0; ; ) {
      const at = bytes.indexOf(0x0a, from);
      const line = bytes.subarray(from, at === -1 ? bytes.length : at);
      try {
        lines.push(strict.decode(line));
      } catch {
        lines.push(NOT_UTF8 + lenient.decode(line));
      }
      if (at === -1) return lines.join("\n");
      from = at + 1;
    }
  }
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/** UTF-8 bytes to text chunk by chunk; a character split between chunks is decoded once whole. */
export class Utf8Text {
  private tail = new Uint8Array(0);

  /** The text of `chunk` (and of the previous chunk's unfinished character), up to a character the next chunk completes. */
  decode(chunk: Uint8Array): string {
    const bytes = this.tail.length === 0 ? chunk : joined(this.tail, chunk);
    const open = openTail(bytes);
    this.tail = bytes.slice(bytes.length - open);
    return decodeLines(bytes.subarray(0, bytes.length - open));
  }

  /** A character left unfinished at the end: not UTF-8. */
  end(): string {
    const rest = this.tail.length === 0 ? "" : decodeLines(this.tail);
    this.tail = new Uint8Array(0);
    return rest;
  }
}
