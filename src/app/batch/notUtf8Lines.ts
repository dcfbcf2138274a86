import { NOT_UTF8 } from "../../json/encoding.js";

/** A record holding bytes that are not UTF-8: read, its id or a field would silently differ from what was written. */
export const NOT_UTF8_MESSAGE = "not UTF-8: bytes here are not UTF-8 text, so the record is left out rather than read with changed characters (convert the file to UTF-8, e.g. iconv -f GB18030 -t UTF-8)";

/**
 * Takes the NOT_UTF8 marks (see utf8Text.ts) out of the text before the CSV
 * parser sees it — it would turn the lone surrogate into U+FFFD, or take a
 * mark before a quote for text — and keeps the lines they stood on (counted
 * by "\n", as the records' lines are), so the record over such a line is
 * refused by its line instead of read with changed characters.
 */
export class NotUtf8Lines {
  private lines = 1;
  private readonly marked: number[] = [];

  strip(text: string): string {
    if (!text.includes(NOT_UTF8)) {
      this.count(text, 0, text.length);
      return text;
    }
    let from = 0;
    for (let at = text.indexOf(NOT_UTF8); at !== -1; at = text.indexOf(NOT_UTF8, from)) {
      this.count(text, from, at);
      if (this.marked[this.marked.length - 1] !== this.lines) this.marked.push(this.lines);
      from = at + 1;
    }
    this.count(text, from, text.length);
    return text.split(NOT_UTF8).join("");
  }

  /** Whether a line from `first` to `last` was marked; lines before `first` are forgotten (records come in order). */
  within(first: number, last: number): boolean {
    while (this.marked.length > 0 && (this.marked[0] as number) < first) this.marked.shift();
    return this.marked.length > 0 && (this.marked[0] as number) <= last;
  }

  private count(text: string, from: number, to: number): void {
    for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) this.lines++;
  }
}
