import type { Decimal } from "../engine/decimal.js";
import { fewestTerms, largestAmount } from "../engine/budget.js";
import type { ProductLimits } from "../engine/products.js";
import { checkDates, checkLoanRequest, checkLoanTerms } from "./checkLoan.js";
import { checkProductAmount } from "./productRules.js";
import { FieldError, said, the, type Words } from "./fieldError.js";
import type { LoanRequest } from "./loanRequest.js";

// quote --payment: the loan a monthly budget allows, then quoted as any loan.
// Each rule runs once: what the search needs before it starts, the rest on
// its answer; the engine's search steps trust the loan. This words the answer (a note) and the refusals (the payment).

/** A loan worked out from a budget, and one line saying how. */
export interface BudgetAnswer {
  readonly input: LoanRequest;
  /** What the search found, a line each, its fields as references. */
  readonly notes: readonly Words[];
}

const cny = (d: Decimal) => d.toFixed(2);

/** The largest amount (a multiple of `step`) over `loan.terms` whose highest payment is at most `payment`, within the product's amounts. */
export function amountForPayment(loan: Omit<LoanRequest, "amount">, payment: Decimal, product: ProductLimits, step?: Decimal): BudgetAnswer {
  checkLoanTerms(loan, product);
  checkDates(loan);
  const answer = largestAmount(loan, payment, product.amount, step);
  if (!answer.fits) {
    const words = said`${the("payment")}: ${cny(payment)} is below the highest payment of the smallest loan product ${product.name} lends over ${loan.terms} terms: ${cny(answer.minAmount)} needs ${cny(answer.smallestPayment)}`;
    throw new FieldError("payment", "below-smallest", product.name === "none" ? words : [...words, ...said` (use ${the("product")} none for smaller loans)`], { limit: { min: cny(answer.smallestPayment) }, got: cny(payment) });
  }
  const rounded = step === undefined ? "" : `, a multiple of ${step.toFixed()}`;
  const notes = [said`note: the largest amount whose highest payment over ${loan.terms} terms is at most ${cny(payment)}${rounded}: ${cny(answer.amount)}`];
  if (answer.unsettled) notes.push(said`note: the search stopped after ${answer.unsettled.plateaus} rounding steps above ${cny(answer.amount)}: at this rate and term rounding makes the highest payment erratic, so a larger amount may also fit`);
  if (answer.atMax) notes.push(said`note: the budget allows more than ${product.amount.max.toFixed()} CNY, the most product ${product.name} lends (use ${the("product")} none to go beyond)`);
  const input = { ...loan, amount: answer.amount };
  checkProductAmount(input, product); // the product's maximum with a financed fee: the search kept within the engine's
  return { input, notes };
}

/** The fewest terms within the product's range whose highest payment for `loan.amount` is at most `payment`. */
export function termsForPayment(loan: Omit<LoanRequest, "terms">, payment: Decimal, product: ProductLimits): BudgetAnswer {
  const { min, max } = product.terms;
  checkLoanRequest({ ...loan, terms: max }, product); // the longest term: its last due date is the latest
  const answer = fewestTerms(loan, payment, { min, max });
  const amount = cny(loan.amount);
  if (!answer.fits) {
    const words = said`${the("payment")}: ${cny(payment)} a month cannot repay ${amount} within ${min} to ${max} terms (product ${product.name}); the smallest highest payment is ${cny(answer.smallestPayment)}, at ${answer.terms} term${answer.terms === 1 ? "" : "s"}`;
    throw new FieldError("payment", "below-smallest", words, { limit: { min: cny(answer.smallestPayment) }, got: cny(payment) });
  }
  return { input: { ...loan, terms: answer.terms }, notes: [said`note: the fewest terms (${min} to ${max}) whose highest payment for ${amount} is at most ${cny(payment)}: ${answer.terms}`] };
}
