import type { Decimal } from "../engine/decimal.js";

/** Money as the JSON/CSV contract writes it: exactly two decimals, no grouping. */
export function money(value: Decimal): string {
  // decimal.js keeps the sign of −0; an amount of "-0.00" would only confuse.
  return value.isZero() ? "0.00" : value.toFixed(2);
}

/** Money for people: two decimals with thousands separators (10,661.86). */
export function groupedMoney(value: Decimal): string {
  const [whole = "0", cents = "00"] = money(value).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

/** A percent figure with `places` decimals (the contract uses four). */
export function percent(value: Decimal, places = 4): string {
  return value.isZero() ? (0).toFixed(places) : value.toFixed(places);
}
