import { Decimal, type DecimalInput } from "./decimal.js";

/** The ranges a product accepts. Amounts in CNY, APR in percent. */
export interface ProductLimits {
  readonly name: ProductName;
  readonly amount: { readonly min: Decimal; readonly max: Decimal };
  readonly apr: { readonly min: Decimal; readonly max: Decimal };
  readonly terms: { readonly min: number; readonly max: number };
}

/** The products whose limits `quote --product` applies. */
export type ProductName = "suishendai" | "none";

/** 随身贷's published terms, and the wide bounds of "any loan". */
export const PRODUCTS: Readonly<Record<ProductName, ProductLimits>> = {
  suishendai: {
    name: "suishendai",
    amount: { min: new Decimal(5000), max: new Decimal(50000) },
    apr: { min: new Decimal("7.3"), max: new Decimal(24) },
    terms: { min: 3, max: 12 },
  },
  none: {
    name: "none",
    amount: { min: new Decimal("0.01"), max: new Decimal(1e9) },
    apr: { min: new Decimal(0), max: new Decimal(100) },
    terms: { min: 1, max: 360 },
  },
};

/** True for a known product name. */
export function isProductName(name: string): name is ProductName {
  return Object.hasOwn(PRODUCTS, name);
}

/** Which field is outside a product's range, with that range. */
export interface LimitViolation {
  readonly field: "amount" | "apr" | "terms";
  readonly min: string;
  readonly max: string;
  readonly value: string;
}

/** The first of amount, APR and terms that lies outside `limits`, or undefined. */
export function findLimitViolation(
  limits: ProductLimits,
  loan: { amount: DecimalInput; apr: DecimalInput; terms: number },
): LimitViolation | undefined {
  const amount = new Decimal(loan.amount);
  const apr = new Decimal(loan.apr);
  const outside = (v: Decimal, r: { min: Decimal; max: Decimal }) => v.lt(r.min) || v.gt(r.max);
  if (outside(amount, limits.amount)) {
    return { field: "amount", min: limits.amount.min.toString(), max: limits.amount.max.toString(), value: amount.toString() };
  }
  if (outside(apr, limits.apr)) {
    return { field: "apr", min: limits.apr.min.toString(), max: limits.apr.max.toString(), value: apr.toString() };
  }
  if (!Number.isInteger(loan.terms) || loan.terms < limits.terms.min || loan.terms > limits.terms.max) {
    return { field: "terms", min: String(limits.terms.min), max: String(limits.terms.max), value: typeof loan.terms === "number" ? String(loan.terms) : JSON.stringify(loan.terms) };
  }
  return undefined;
}
