import type { Decimal } from "../engine/decimal.js";

/** Money as the JSON/CSV contract writes it: exactly two decimals, no grouping. */
export function money(value: Decimal): string {
  return fixed(value, 2);
}

/**
 * `value` with exactly `places` decimals, never "-0.00": decimal.js keeps the
 * sign of −0 and of a tiny negative that rounds to zero (an IRR of −1e−30).
 */
function fixed(value: Decimal, places: number): string {
  if (!value.isNeg() && value.decimalPlaces() <= places) return padded(value, places); // already exact: the common case
  const rounded = value.toDecimalPlaces(places);
  return rounded.isZero() ? (0).toFixed(places) : rounded.toFixed(places);
}

/**
 * toFixed(places) of a value with no more than `places` decimals, without
 * toFixed's rounding copy (a third of a batch line's cost): its plain digits,
 * zeros added. Digits in exponent form (beyond the Decimal's toExpPos) are left to toFixed.
 */
function padded(value: Decimal, places: number): string {
  const digits = value.toString();
  if (digits.includes("e")) return value.toFixed(places);
  const dot = digits.indexOf(".");
  const have = dot === -1 ? 0 : digits.length - dot - 1;
  return places === 0 ? digits : `${digits}${dot === -1 ? "." : ""}${"0".repeat(places - have)}`;
}

/** Money for people: two decimals with thousands separators (10,661.86). */
export function groupedMoney(value: Decimal): string {
  const [whole = "0", cents = "00"] = money(value).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** A percent figure with `places` decimals (the contract uses four). */
export function percent(value: Decimal, places = 4): string {
  return fixed(value, places);
}
