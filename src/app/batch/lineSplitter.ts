import { MAX_RECORD_CHARS, MAX_SKIP_CHARS } from "./recordLimit.js";

/** A line too long to keep: it becomes an error record in its place. */
export const TOO_LONG = Symbol("too long");
export type Line = string | typeof TOO_LONG;

/**
 * Lines of a text stream, a chunk's worth at a time. A partial line is kept
 * as pieces and joined once (linear in its length, however many chunks it
 * spans); a line beyond MAX_RECORD_CHARS is dropped while it is read.
 */
export async function* lineBatches(chunks: AsyncIterable<string>): AsyncGenerator<Line[]> {
  let pieces: string[] = [];
  let length = 0;
  let tooLong = false;
  let lineNo = 1;
  const add = (piece: string) => {
    length += piece.length;
    if (tooLong) {
      if (length > MAX_SKIP_CHARS) throw new Error(`line ${lineNo} goes on for more than ${MAX_SKIP_CHARS / 1024 / 1024} MiB without a newline; stopped reading`);
    } else if (length > MAX_RECORD_CHARS) (tooLong = true), (pieces = []);
    else pieces.push(piece);
  };
  const take = (): Line => {
    const line = tooLong ? TOO_LONG : pieces.length === 1 ? (pieces[0] as string) : pieces.join("");
    [pieces, length, tooLong] = [[], 0, false];
    lineNo++;
    return line;
  };
  for await (const text of chunks) {
    const lines: Line[] = [];
    let from = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", from)) {
      add(text.slice(from, at));
      lines.push(take());
      from = at + 1;
    }
    if (from < text.length) add(text.slice(from));
    if (lines.length) yield lines;
  }
  if (length > 0 || tooLong) yield [take()];
}
