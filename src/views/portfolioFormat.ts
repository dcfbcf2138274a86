import { Decimal } from "../engine/decimal.js";
import { groupedMoney, percent } from "./format.js";

// How a portfolio's figures are written for people. The result carries money
// as 2-place strings and ratios as 4-place strings; these only re-present
// them (exactly, with decimal.js), never compute with binary floats.

/** "12345.6" → "12,345.6": thousands separators on the whole part (a leading minus kept). */
function grouped(fixedText: string): string {
  const [whole = "0", rest] = fixedText.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return rest === undefined ? withCommas : `${withCommas}.${rest}`;
}

/** `value` to `places` decimals, never "-0.0". */
function fixed(value: Decimal, places: number): string {
  const rounded = value.toDecimalPlaces(places);
  return rounded.isZero() ? (0).toFixed(places) : rounded.toFixed(places);
}

/** Money in thousands of CNY with one decimal, for wide tables: "3512345.67" → "3,512.3". */
export function thousands(money: string): string {
  return grouped(fixed(new Decimal(money).div(1000), 1));
}

/** Money exactly, grouped: "3512345.67" → "3,512,345.67". */
export function exactMoney(money: string): string {
  return groupedMoney(new Decimal(money));
}

/** Money to the whole yuan, grouped (a range's ends): "3512345.67" → "3,512,346". */
export function wholeMoney(money: string): string {
  return grouped(fixed(new Decimal(money), 0));
}

/** A 4-place ratio as a percent with 2 decimals and its sign: "0.0215" → "2.15%". */
export function ratioPercent(ratio: string): string {
  return `${percent(new Decimal(ratio).times(100), 2)}%`;
}

/** A count: grouped; a mean over runs (`mean`) always to one decimal, so whole and fractional means line up. */
export function count(value: number | string, mean = false): string {
  const d = new Decimal(value);
  return grouped(d.isInteger() && !mean ? d.toFixed(0) : fixed(d, 1));
}

/** What a ratio with nothing to divide by (nothing booked, nothing outstanding) shows: a dash, not 0.00%. */
export function noRatio(ascii: boolean): string {
  return ascii ? "-" : "–";
}
