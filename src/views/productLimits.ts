import type { Decimal } from "../engine/decimal.js";
import type { ProductLimits } from "../engine/products.js";

/** A product's ranges as help texts show them: "5,000–50,000 CNY, 7.3–24%, 3–12 terms". */
export function describeLimits(limits: ProductLimits): string {
  const grouped = (d: Decimal) => d.toFixed().replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ","));
  const { amount, apr, terms } = limits;
  return `${grouped(amount.min)}–${grouped(amount.max)} CNY, ${apr.min.toFixed()}–${apr.max.toFixed()}%, ${terms.min}–${terms.max} terms`;
}
