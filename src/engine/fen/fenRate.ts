import type { Decimal } from "../decimal.js";
import type { Rate } from "../rate.js";

/** A Rate as a reduced fraction of integers, for exact integer 分 arithmetic. */
export interface FenRate {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Both parts times the same power of ten, as integers: 12.775/1200 → 12775/1200000. */
function scaled(a: Decimal, b: Decimal): [bigint, bigint] {
  const places = Math.max(a.decimalPlaces(), b.decimalPlaces());
  const digits = (d: Decimal) => BigInt(d.toFixed(places).replace(".", ""));
  return [digits(a), digits(b)];
}

/** The exact integer fraction of a Rate whose parts are finite decimals (as every APR is). */
export function toFenRate(r: Rate): FenRate {
  const [num, den] = scaled(r.num, r.den);
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** round(x·num/den) half-up, for x ≥ 0: the exact product, rounded once. */
export function mulRound(x: bigint, r: FenRate): bigint {
  const n = x * r.num;
  return (2n * n + r.den) / (2n * r.den);
}
