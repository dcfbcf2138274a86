import type { Decimal } from "../engine/decimal.js";
import { overdue, type Overdue } from "../engine/overdue.js";
import type { Prepayment, PrepaymentRequest } from "../engine/prepayment.js";
import { prepayAll } from "../engine/prepayAll.js";
import { quote, type Quote } from "../engine/quote.js";
import type { QuoteInput } from "../engine/quoteInput.js";
import { LoanInputError } from "../engine/loanInputError.js";
import { engineRefusal } from "./engineRefusal.js";

/** What `quote` shows: the quote and, when asked for, prepayments and a late installment. */
export interface QuoteReport {
  readonly quote: Quote;
  /** One prepayment keeps this shape (the contract's); several come as `prepayments`. */
  readonly prepayment?: Prepayment;
  readonly overdue?: Overdue;
  /** Several prepayments, in date order (then `prepayment` is left out). */
  readonly prepayments?: readonly Prepayment[];
  /** With prepayments: the IRR-annualized cost of the cash really paid, percent. */
  readonly effectiveRate?: { readonly simple: Decimal; readonly compound: Decimal };
}

/** A loan to quote and what else to work out about it. */
export interface QuoteReportRequest {
  readonly input: QuoteInput;
  /** The prepayments asked for, as given (the engine applies them in date order). */
  readonly prepay?: readonly PrepaymentRequest[];
  readonly overdue?: { readonly period: number; readonly days: number; readonly multiplier: Decimal };
}

/**
 * The engine's whole answer to a request the app has validated
 * (checkLoanRequest). What only the schedule can tell — a prepayment above the
 * payoff, a late period past the end — comes back as a FieldError.
 */
export function computeQuoteReport(request: QuoteReportRequest): QuoteReport {
  try {
    return reportOf(request);
  } catch (error) {
    throw error instanceof LoanInputError ? engineRefusal(error) : error;
  }
}

function reportOf(request: QuoteReportRequest): QuoteReport {
  const q = quote(request.input);
  const plan = request.prepay && prepayAll(q, request.prepay);
  const o = request.overdue && overdue(q, request.overdue.period, request.overdue.days, request.overdue.multiplier);
  const p = plan && (plan.prepayments.length === 1 ? { prepayment: plan.prepayments[0] as Prepayment } : { prepayments: plan.prepayments });
  return { quote: q, ...(p ?? {}), ...(o ? { overdue: o } : {}), ...(plan ? { effectiveRate: plan.effective } : {}) };
}
