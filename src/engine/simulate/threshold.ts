import { Decimal } from "../decimal.js";
import type { Threshold } from "./types.js";

/** A policy number as a Threshold. */
export function threshold(value: number): Threshold {
  return { n: value, d: new Decimal(value) };
}

/** −1, 0 or 1 as `value` is below, at or above `t`. */
export function compareTo(value: number | Decimal, t: Threshold): number {
  if (typeof value === "number") return value < t.n ? -1 : value > t.n ? 1 : 0;
  return value.comparedTo(t.d);
}
