import { Decimal } from "../decimal.js";

/** An amount in whole 分, or undefined when it has more than two decimals. */
export function toFen(amount: Decimal): bigint | undefined {
  return amount.decimalPlaces() <= 2 ? BigInt(amount.times(100).toFixed(0)) : undefined;
}

/** 分 back to a decimal amount, built from its digits (no division). */
export function fromFen(fen: bigint): Decimal {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, "0");
  return new Decimal(`${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}
