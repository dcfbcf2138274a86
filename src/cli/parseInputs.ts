import { Decimal } from "../engine/decimal.js";
import { isIsoDate, type IsoDate } from "../engine/dates.js";
import { PRODUCTS } from "../engine/products.js";
import { AMOUNT_SPELLINGS, readAmount } from "../engine/money/amountText.js";
import { UsageError } from "../app/errors.js";

const PERCENT = /^[+-]?\d+(?:\.\d+)?%?$/;

function show(text: string): string {
  return JSON.stringify(text);
}

/** A CNY amount as people write it (10,000, 1万, ¥10000, …; engine/money/amountText.ts), at most two decimals (分). */
export function parseAmount(text: string, field: string): Decimal {
  const read = readAmount(text);
  if (read.ok) return read.value;
  if (read.problem === "decimals") throw new UsageError(`${field}: at most 2 decimals (one 分 is 0.01), got ${show(text)}`);
  throw new UsageError(`${field}: expected an amount in CNY such as ${AMOUNT_SPELLINGS}, got ${show(text)}`);
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
