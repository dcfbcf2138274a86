import type { BookAggregate, PortfolioAggregate, RecordError } from "./aggregate.js";

// An aggregate as plain JSON (bigints as decimal strings) for --partial files
// and back. Reading checks every field: a part file may have been edited.

export function aggregateToJson(aggregate: PortfolioAggregate): unknown {
  return JSON.parse(JSON.stringify(aggregate, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)));
}

/** Thrown for a part whose aggregate is not the shape written. */
export class AggregateShapeError extends Error {}

function big(value: unknown, at: string): bigint {
  if (typeof value !== "string" || !/^-?\d{1,40}$/.test(value)) throw new AggregateShapeError(`${at}: expected an integer as a string`);
  return BigInt(value);
}

function list(value: unknown, at: string): bigint[] {
  if (!Array.isArray(value)) throw new AggregateShapeError(`${at}: expected a list`);
  return value.map((v, i) => big(v, `${at}[${i}]`));
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new AggregateShapeError(`${at}: expected a list`);
  return value;
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new AggregateShapeError(`${at}: expected an object`);
  return value as Record<string, unknown>;
}

function book(value: unknown, at: string): BookAggregate {
  const b = object(value, at);
  const bands: Record<string, bigint[]> = {};
  for (const [name, sums] of Object.entries(object(b.bands, `${at}.bands`))) bands[name] = list(sums, `${at}.bands.${name}`);
  if (typeof b.maxTerm !== "number" || !Number.isSafeInteger(b.maxTerm)) throw new AggregateShapeError(`${at}.maxTerm: expected a whole number`);
  return {
    valid: big(b.valid, `${at}.valid`),
    approved: big(b.approved, `${at}.approved`),
    maxTerm: b.maxTerm,
    runs: array(b.runs, `${at}.runs`).map((r, i) => {
      const run = object(r, `${at}.runs[${i}]`);
      return { totals: list(run.totals, `${at}.runs[${i}].totals`), outstanding: list(run.outstanding, `${at}.runs[${i}].outstanding`), m3plus: list(run.m3plus, `${at}.runs[${i}].m3plus`), current: list(run.current, `${at}.runs[${i}].current`) };
    }),
    months: array(b.months, `${at}.months`).map((m, k) => list(m, `${at}.months[${k}]`)),
    bands,
  };
}

function recordError(value: unknown, at: string): RecordError {
  const e = object(value, at);
  if (typeof e.line !== "number" || typeof e.error !== "string") throw new AggregateShapeError(`${at}: expected line and error`);
  return { line: e.line, id: e.id ?? null, error: e.error };
}

export function aggregateFromJson(value: unknown): PortfolioAggregate {
  const a = object(value, "aggregate");
  return {
    applicants: big(a.applicants, "applicants"),
    invalid: big(a.invalid, "invalid"),
    errors: array(a.errors, "errors").map((e, i) => recordError(e, `errors[${i}]`)),
    books: array(a.books, "books").map((b, i) => book(b, `books[${i}]`)),
    ...(a.swap === undefined ? {} : { swap: array(a.swap, "swap").map((c, i) => list(c, `swap[${i}]`)) }),
  };
}
