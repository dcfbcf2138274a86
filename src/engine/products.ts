import { Decimal, type DecimalInput } from "./decimal.js";
import { shownValue, writtenNumber } from "./shownValue.js";
import type { Method } from "./methods/index.js";

/**
 * The cap on the comprehensive annualized cost, percent: 24% is the regulators'
 * line (window guidance capping consumer lenders' comprehensive cost), and
 * 随身贷's highest APR. It is not the courts' line: since 2020-08-20 the courts
 * protect interest up to 4 × the one-year LPR only. A quote warns above it.
 */
export const DEFAULT_CAP = new Decimal(24);

/** The ranges a product accepts. Amounts in CNY, APR in percent. */
export interface ProductLimits {
  readonly name: ProductName;
  readonly amount: { readonly min: Decimal; readonly max: Decimal };
  readonly apr: { readonly min: Decimal; readonly max: Decimal };
  readonly terms: { readonly min: number; readonly max: number };
  /** The repayment methods the product offers; left out, every method. */
  readonly methods?: readonly Method[];
}

/** The products whose limits `quote --product` applies. */
export type ProductName = "suishendai" | "none";

/** 随身贷's published terms, and the wide bounds of "any loan". */
export const PRODUCTS: Readonly<Record<ProductName, ProductLimits>> = {
  suishendai: {
    name: "suishendai",
    amount: { min: new Decimal(5000), max: new Decimal(50000) },
    apr: { min: new Decimal("7.3"), max: DEFAULT_CAP },
    terms: { min: 3, max: 12 },
    methods: ["equal-installment", "equal-principal"],
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

/** True when `limits` offers repayment method `method`. */
export function allowsMethod(limits: ProductLimits, method: Method): boolean {
  return limits.methods === undefined || limits.methods.includes(method);
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
  const [amount, apr] = [loan.amount, loan.apr].map((v) => (v instanceof Decimal ? v : new Decimal(v))) as [Decimal, Decimal];
  const outside = (v: Decimal, r: { min: Decimal; max: Decimal }) => v.lt(r.min) || v.gt(r.max);
  if (outside(amount, limits.amount)) {
    return { field: "amount", min: limits.amount.min.toString(), max: limits.amount.max.toString(), value: writtenNumber(amount.toString()) };
  }
  if (outside(apr, limits.apr)) {
    return { field: "apr", min: limits.apr.min.toString(), max: limits.apr.max.toString(), value: writtenNumber(apr.toString()) };
  }
  if (!Number.isInteger(loan.terms) || loan.terms < limits.terms.min || loan.terms > limits.terms.max) {
    return { field: "terms", min: String(limits.terms.min), max: String(limits.terms.max), value: shownValue(loan.terms) };
  }
  return undefined;
}
