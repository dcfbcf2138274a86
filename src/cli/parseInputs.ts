import { Decimal } from "../engine/decimal.js";
import { isIsoDate, type IsoDate } from "../engine/dates.js";
import { PRODUCTS } from "../engine/products.js";
import { UsageError } from "../app/errors.js";

// Plain decimal notation, optionally with thousands separators. Exponents,
// hex, Infinity and NaN are refused: a loan amount is written as people write it.
const DECIMAL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PERCENT = /^[+-]?\d+(?:\.\d+)?%?$/;

function show(text: string): string {
  return JSON.stringify(text);
}

/** A CNY amount: a plain decimal number with at most two decimals (分). */
export function parseAmount(text: string, field: string): Decimal {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) throw new UsageError(`${field}: expected an amount in CNY such as 10000 or 12345.67, got ${show(text)}`);
  const value = new Decimal(trimmed.replace(/,/g, ""));
  if (value.decimalPlaces() > 2) throw new UsageError(`${field}: at most 2 decimals (one 分 is 0.01), got ${show(text)}`);
  return value;
}

/** A loan amount: an amount any loan may have (0.01 to 1,000,000,000 CNY, product none's range). */
export function parseLoanAmount(text: string, field: string): Decimal {
  const value = parseAmount(text, field);
  const { min, max } = PRODUCTS.none.amount;
  if (value.lt(min) || value.gt(max)) throw new UsageError(`${field}: must be from ${min.toString()} to ${max.toString()} CNY, got ${value.toString()}`);
  return value;
}

/** A plain number (not a percentage), from `min` to `max`, e.g. a multiplier. */
export function parseNumber(text: string, field: string, min: number, max: number, example: string): Decimal {
  const trimmed = text.trim();
  const value = /^[+-]?\d+(?:\.\d+)?$/.test(trimmed) ? new Decimal(trimmed) : undefined;
  if (value === undefined || value.lt(min) || value.gt(max)) throw new UsageError(`${field}: expected a number from ${min} to ${max} such as ${example}, got ${show(text)}`);
  return value;
}

/** A rate in percent, written "12" or "12%". */
export function parsePercent(text: string, field: string): Decimal {
  const trimmed = text.trim();
  if (!PERCENT.test(trimmed)) throw new UsageError(`${field}: expected a percentage such as 12 or 12%, got ${show(text)}`);
  return new Decimal(trimmed.replace(/%$/, ""));
}

/** A whole number written in decimal digits. */
export function parseWholeNumber(text: string, field: string, min: number, max: number): number {
  const trimmed = text.trim();
  const value = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${field}: expected a whole number from ${min} to ${max}, got ${show(text)}`);
  }
  return value;
}

/** A real calendar date written YYYY-MM-DD. */
export function parseIsoDate(text: string, field: string): IsoDate {
  const trimmed = text.trim();
  if (!isIsoDate(trimmed)) throw new UsageError(`${field}: expected a calendar date YYYY-MM-DD, got ${show(text)}`);
  return trimmed;
}

/** One of a fixed set of words. */
export function parseChoice<T extends string>(text: string, field: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === text.trim());
  if (found === undefined) throw new UsageError(`${field}: expected one of ${choices.join(", ")}, got ${show(text)}`);
  return found;
}
