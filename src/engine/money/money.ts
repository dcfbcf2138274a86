import { Decimal, type DecimalInput } from "../decimal.js";

/**
 * Rounds an amount half-up to the 分 (0.01). The spec rounds every stored
 * amount at the moment it is produced; intermediate values keep full precision.
 */
export function roundMoney(value: DecimalInput): Decimal {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Rounds down (toward zero) to the 分, as 花呗-style fee schedules do. */
export function floorMoney(value: DecimalInput): Decimal {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_DOWN);
}
