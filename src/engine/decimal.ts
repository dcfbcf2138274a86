import DecimalJs from "decimal.js";

/**
 * The package's one private decimal.js configuration. A clone, so that a host
 * application's global `Decimal.set` can never change our rounding.
 * 40 significant digits hold a 10^9 loan at a 360-period compound factor with
 * room to spare; ROUND_HALF_UP is the rounding the spec names for money.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An immutable decimal value (instances of the private clone). */
export type Decimal = DecimalJs;

/** What the engine accepts where it takes a number: a string, a number or a Decimal. */
export type DecimalInput = DecimalJs.Value;

/** 0 and 1 in the private configuration, shared to save allocations. */
export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
