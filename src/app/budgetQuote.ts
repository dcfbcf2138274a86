import { Decimal } from "../engine/decimal.js";
import { fewestTerms, largestAmount } from "../engine/budget.js";
import type { ProductLimits } from "../engine/products.js";
import type { QuoteInput } from "../engine/quoteInput.js";
import { UsageError } from "./errors.js";

// quote --payment: the loan a monthly budget allows, then quoted as any loan.
// The engine searches; this words the answer (a note) and the refusals (--payment).

/** A loan worked out from a budget, and one line saying how. */
export interface BudgetAnswer {
  readonly input: QuoteInput;
  readonly notes: readonly string[];
}

const cny = (d: Decimal) => d.toFixed(2);

/** The largest amount (a multiple of `step`) over `loan.terms` whose highest payment is at most `payment`, within the product's amounts. */
export function amountForPayment(loan: Omit<QuoteInput, "amount">, payment: Decimal, product: ProductLimits, step?: Decimal): BudgetAnswer {
  const answer = largestAmount(loan, payment, product.amount, step);
  if (!answer.fits) {
    throw new UsageError(`--payment: ${cny(payment)} is below the highest payment of the smallest loan product ${product.name} lends over ${loan.terms} terms: ${cny(answer.minAmount)} needs ${cny(answer.smallestPayment)}${product.name === "none" ? "" : " (use --product none for smaller loans)"}`);
  }
  const rounded = step === undefined ? "" : `, a multiple of ${step.toFixed()}`;
  const notes = [`note: the largest amount whose highest payment over ${loan.terms} terms is at most ${cny(payment)}${rounded}: ${cny(answer.amount)}`];
  if (answer.unsettled) notes.push(`note: the search stopped after ${answer.unsettled.plateaus} rounding steps above ${cny(answer.amount)}: at this rate and term rounding makes the highest payment erratic, so a larger amount may also fit`);
  if (answer.atMax) notes.push(`note: the budget allows more than ${product.amount.max.toFixed()} CNY, the most product ${product.name} lends (use --product none to go beyond)`);
  return { input: { ...loan, amount: answer.amount }, notes };
}

/** The fewest terms within the product's range whose highest payment for `loan.amount` is at most `payment`. */
export function termsForPayment(loan: Omit<QuoteInput, "terms">, payment: Decimal, product: ProductLimits): BudgetAnswer {
  const { min, max } = product.terms;
  const answer = fewestTerms(loan, payment, { min, max });
  const amount = cny(new Decimal(loan.amount));
  if (!answer.fits) {
    throw new UsageError(`--payment: ${cny(payment)} a month cannot repay ${amount} within ${min} to ${max} terms (product ${product.name}); the smallest highest payment is ${cny(answer.smallestPayment)}, at ${answer.terms} term${answer.terms === 1 ? "" : "s"}`);
  }
  return { input: { ...loan, terms: answer.terms }, notes: [`note: the fewest terms (${min} to ${max}) whose highest payment for ${amount} is at most ${cny(payment)}: ${answer.terms}`] };
}
