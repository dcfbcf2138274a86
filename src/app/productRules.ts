import { Decimal } from "../engine/decimal.js";
import { resolveFee } from "../engine/fees.js";
import { allowsMethod, type ProductLimits } from "../engine/products.js";
import { dailyFromAnnual } from "../engine/rates.js";
import { writtenNumber } from "../engine/shownValue.js";
import { FieldError, said, the, type Words } from "./fieldError.js";
import type { Field } from "./fields.js";
import type { LoanRequest, LoanTermsRequest } from "./loanRequest.js";

// A product's published ranges: amount, APR, terms, its methods, and the one
// maximum principal a financed fee must fit (product none's is the engine's).

/** Where the product is 随身贷, the way out: quote it as any loan. */
const anyLoan = (p: ProductLimits): Words => (p.name === "none" ? [] : said` for product ${p.name} (use ${the("product")} none to quote any loan)`);

function outside(field: Field, p: ProductLimits, range: readonly [string, string], got: string, unit: string): FieldError {
  return new FieldError(field, "range", said`${the(field)}: must be from ${range[0]} to ${range[1]}${unit}${anyLoan(p)}, got ${got}`, { limit: { min: range[0], max: range[1] }, got });
}

/** A method the product offers. */
export function checkProductMethod(t: LoanTermsRequest, p: ProductLimits): void {
  const method = t.method ?? "equal-installment";
  if (!allowsMethod(p, method)) {
    throw new FieldError("method", "product-method", said`${the("method")}: product ${p.name} repays by ${p.methods?.join(" or ") ?? ""}, got ${method} (use ${the("product")} none for any method)`, { got: method });
  }
}

/** The terms and the rate within the product. */
export function checkProductTerms(t: LoanTermsRequest, p: ProductLimits): void {
  if (!Number.isInteger(t.terms) || t.terms < p.terms.min || t.terms > p.terms.max) throw outside("terms", p, [String(p.terms.min), String(p.terms.max)], String(t.terms), "");
  const apr = t.apr ?? new Decimal(0);
  if (apr.gte(p.apr.min) && apr.lte(p.apr.max)) return;
  if (t.rateField !== "dailyRate") throw outside("apr", p, [p.apr.min.toString(), p.apr.max.toString()], writtenNumber(apr.toString()), "%");
  // A daily rate is checked as the APR it makes, and reported as the daily rate given.
  const basis = t.yearBasis ?? 365;
  const [min, max] = [p.apr.min, p.apr.max].map((d) => dailyFromAnnual(d, basis).toSignificantDigits(6).toString()) as [string, string];
  throw outside("dailyRate", p, [min, max], `${dailyFromAnnual(apr, basis).toString()} (an APR of ${apr.toString()}%)`, "%");
}

/** The amount within the product, and a financed upfront fee with it: the principal, not just the amount asked, must fit. */
export function checkProductAmount(loan: LoanRequest, p: ProductLimits): void {
  const { amount } = loan;
  if (amount.lt(p.amount.min) || amount.gt(p.amount.max)) throw outside("amount", p, [p.amount.min.toString(), p.amount.max.toString()], writtenNumber(amount.toString()), " CNY");
  if (amount.decimalPlaces() > 2) throw new FieldError("amount", "money", said`${the("amount")}: at most 2 decimals (one 分 is 0.01), got ${amount.toString()}`, { got: amount.toString() });
  if (!loan.financeFee || loan.upfrontFee === undefined) return;
  const fee = resolveFee(loan.upfrontFee, amount);
  const principal = amount.plus(fee);
  if (principal.lte(p.amount.max)) return;
  const hint = p.name === "none" ? [] : said` (deduct the fee instead of ${the("financeFee")}, lower the amount, or use ${the("product")} none)`;
  const words = said`${the("amount")}: ${amount.toString()} plus the financed ${the("upfrontFee")} ${fee.toFixed(2)} is a principal of ${principal.toFixed(2)}, above the maximum ${p.amount.max.toString()} CNY for product ${p.name}`;
  throw new FieldError("amount", "financed-principal", [...words, ...hint], { limit: { max: p.amount.max.toString() }, got: principal.toFixed(2) });
}
