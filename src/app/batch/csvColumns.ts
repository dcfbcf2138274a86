import type { InputRecord } from "./inputRecord.js";
import type { CsvFieldType, FieldTypes } from "./csvFieldTypes.js";
import { typedCell } from "./csvCell.js";

/** A CSV header that no record can be read by: one error for the whole input (exit 2). */
export class CsvHeaderError extends Error {
  override readonly name = "CsvHeaderError";
}

/** Headers that make the profile's nested request object. */
const NESTED: ReadonlyMap<string, string> = new Map([["request.amount", "amount"], ["request.terms", "terms"]]);

interface Column {
  readonly name: string;
  /** The key in the record, or in its request for request.amount / request.terms. */
  readonly key: string;
  readonly nested: boolean;
  readonly type: CsvFieldType | undefined;
}

/** An own property even for "__proto__", as JSON.parse makes it. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A CSV file's columns, from its header row: each data row becomes the record it would be as NDJSON. */
export class CsvColumns {
  private readonly columns: readonly Column[];
  private readonly idAt: number;

  /**
   * Refuses a header with a name twice (names are exact: a BOM is the only thing dropped). One
   * column without a name — the row index pandas writes — is read under the name "", as JSON
   * would hold it: commands warn of it as of any field they do not know, and fit leaves it out.
   */
  constructor(header: readonly string[], line: number, types: FieldTypes) {
    const seen = new Map<string, number>();
    header.forEach((name, i) => {
      const before = seen.get(name);
      if (before !== undefined) throw new CsvHeaderError(`the CSV header (line ${line}) ${name === "" ? "has two columns without a name" : `names two columns ${JSON.stringify(name)}`} (columns ${before + 1} and ${i + 1}); every column needs its own name`);
      seen.set(name, i);
    });
    if (seen.has("request") && [...NESTED.keys()].some((n) => seen.has(n))) {
      throw new CsvHeaderError(`the CSV header (line ${line}) has a column "request" beside request.amount or request.terms; give the request as request.amount and request.terms`);
    }
    this.columns = header.map((name) => ({ name, key: NESTED.get(name) ?? name, nested: NESTED.has(name), type: types.get(name) }));
    this.idAt = header.indexOf("id");
  }

  /** The id of a row that is an error as a whole, when it has one: its error record names it. */
  private idOf(cells: readonly string[]): { id?: unknown } {
    const cell = this.idAt >= 0 && this.idAt < cells.length ? typedCell(cells[this.idAt] as string, "id", "id") : undefined;
    return cell && "value" in cell ? { id: cell.value } : {};
  }

  /** One data row as a record: a plain object, missing cells left out; or its error (a ragged row, a number JSON could not keep). */
  record(cells: readonly string[], line: number): InputRecord {
    const columns = this.columns;
    if (cells.length !== columns.length) return { line, parseError: `expected ${columns.length} fields as the header has, got ${cells.length}`, ...this.idOf(cells) };
    const value: Record<string, unknown> = {};
    let request: Record<string, unknown> | undefined;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column;
      const cell = typedCell(cells[i] as string, column.type, column.name);
      if (cell === undefined) continue;
      if ("error" in cell) return { line, parseError: cell.error, ...this.idOf(cells) };
      if (column.nested) (request ??= {})[column.key] = cell.value;
      else put(value, column.key, cell.value);
    }
    if (request) value.request = request;
    return { line, value };
  }
}
