import { Parser, type Options } from "csv-parse";
import { CsvColumns, CsvHeaderError } from "./csvColumns.js";
import type { FieldTypes } from "./csvFieldTypes.js";
import type { InputRecord } from "./inputRecord.js";
import { NOT_UTF8_MESSAGE, NotUtf8Lines } from "./notUtf8Lines.js";
import { MAX_RECORD_CHARS } from "./recordLimit.js";

const OPTIONS: Options = {
  // A ragged row is its own record's error, not the file's.
  relax_column_count: true,
  // A quote inside an unquoted cell is text, as R, pandas and Python's csv read it (RFC 4180 quoting is unchanged).
  relax_quotes: true,
  // Not a lone "\r": a cell may hold one.
  record_delimiter: ["\r\n", "\n"],
  bom: true,
  max_record_size: MAX_RECORD_CHARS,
};

const QUOTE_NOT_CLOSED = 'a quote opened in this record is not closed before the end of the input, so the rest of the file was read as one cell (a quote inside a quoted cell is written "")';

/** Rows to records: blank lines skipped, the first row the header; each record's line is the physical line it starts on. */
class CsvRows {
  /** The line the next row starts on; a quoted cell's newlines count, as an editor shows them. */
  next = 1;
  private columns: CsvColumns | undefined;

  constructor(
    private readonly types: FieldTypes,
    private readonly marks: NotUtf8Lines,
  ) {}

  add(cells: readonly string[], out: InputRecord[]): void {
    const line = this.next;
    let last = line;
    for (const cell of cells) for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) last++;
    this.next = last + 1;
    if (cells.length === 1 && (cells[0] as string).trim() === "") return;
    const notUtf8 = this.marks.within(line, last);
    if (this.columns) out.push(notUtf8 ? { line, parseError: NOT_UTF8_MESSAGE } : this.columns.record(cells, line));
    else if (notUtf8) throw new CsvHeaderError(`the CSV header (line ${line}) holds bytes that are not UTF-8: convert the file to UTF-8, e.g. iconv -f GB18030 -t UTF-8`);
    else this.columns = new CsvColumns(cells, line, this.types);
  }
}

/**
 * CSV text as records, a chunk's worth at a time (memory stays flat): RFC
 * 4180 by csv-parse (quoted cells with commas, "" and newlines; CRLF or LF;
 * a BOM), a header row, then one record per row typed by csvColumns. A quote
 * left open to the end is one error record; a record beyond 64 MiB stops
 * the input (no line can be trusted after it).
 */
export async function* csvRecords(chunks: AsyncIterable<string>, types: FieldTypes): AsyncGenerator<InputRecord[]> {
  const parser = new Parser(OPTIONS);
  // Its error is read from `errored`, and thrown by the iterator at the end.
  parser.on("error", () => {});
  const marks = new NotUtf8Lines();
  const rows = new CsvRows(types, marks);
  const take = (out: InputRecord[] = []) => {
    for (let row = parser.read() as string[] | null; row !== null; row = parser.read() as string[] | null) rows.add(row, out);
    return out;
  };
  try {
    for await (const text of chunks) {
      // The parser runs as it is written to: the rows of this chunk are in hand at once.
      parser.write(marks.strip(text));
      const batch = take();
      if (batch.length) yield batch;
      if (parser.errored) break;
    }
    const rest: InputRecord[] = [];
    if (!parser.errored) {
      parser.end();
      try {
        for await (const row of parser) rows.add(row as string[], rest);
      } catch (error) {
        // The parser's own error is read below; a header refused is thrown on.
        if (error !== parser.errored) throw error;
      }
    }
    if (rest.length) yield rest;
    const error = parser.errored as (Error & { code?: string }) | null;
    if (error?.code === "CSV_QUOTE_NOT_CLOSED") yield [{ line: rows.next, parseError: QUOTE_NOT_CLOSED }];
    else if (error?.code === "CSV_MAX_RECORD_SIZE") throw new Error(`line ${rows.next}: a CSV record goes on for more than ${MAX_RECORD_CHARS / 1024 / 1024} MiB (a quote left open?); stopped reading`);
    else if (error) throw new Error(`line ${rows.next}: ${error.message}`);
  } finally {
    parser.destroy();
  }
}
