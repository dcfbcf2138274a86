import { Decimal } from "./decimal.js";

/** A number's text as people write it: 1e+400 is written 1e400. */
export const writtenNumber = (text: string): string => text.replace("e+", "e");

/**
 * A value as an error message shows it, short, whatever a caller of the
 * library passed: never "[object Object]", "Infinity" or "1e+400".
 */
export function shownValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (Decimal.isDecimal(value)) return writtenNumber((value as Decimal).toString());
  if (typeof value === "number") return Number.isNaN(value) ? "NaN (not a number)" : Number.isFinite(value) ? writtenNumber(String(value)) : "a number too large to hold";
  if (value === null || value === undefined || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}
