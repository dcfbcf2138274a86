import { readFileSync } from "node:fs";

type Row = Record<string, unknown>;

/** A CSV cell as a spreadsheet writes it: quoted when it holds a comma, a quote, a newline or edge spaces. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV, written here independently of the reader: one column per key seen (the request as request.amount and request.terms). */
export function toCsv(rows: readonly Row[], eol = "\n"): string {
  const flat = rows.map((row) => {
    const { request, ...rest } = row as Row & { request?: Row };
    return request === undefined ? rest : { ...rest, "request.amount": request.amount, "request.terms": request.terms };
  });
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  return [columns.join(","), ...flat.map((row) => columns.map((c) => cell(row[c])).join(","))].map((line) => line + eol).join("");
}

/** The same records as NDJSON after one blank line, so each record's line matches the CSV's (its header is line 1). */
export const ndjsonAfterBlank = (rows: readonly Row[]) => `\n${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;

/** The first `n` profiles of examples/profiles/population.ndjson. */
export function population(n: number): Row[] {
  const text = readFileSync(new URL("../../examples/profiles/population.ndjson", import.meta.url), "utf8");
  return text.trimEnd().split("\n").slice(0, n).map((line) => JSON.parse(line) as Row);
}
