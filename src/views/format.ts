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
  if (!value.isNeg() && value.decimalPlaces() <= places) return value.toFixed(places); // already exact: the common case
  const rounded = value.toDecimalPlaces(places);
  return rounded.isZero() ? (0).toFixed(places) : rounded.toFixed(places);
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
