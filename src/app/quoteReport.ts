import type { Decimal } from "../engine/decimal.js";
import { overdue, type Overdue } from "../engine/overdue.js";
import { prepay, type Prepayment, type PrepaymentRequest } from "../engine/prepayment.js";
import { quote, type Quote } from "../engine/quote.js";
import type { QuoteInput } from "../engine/quoteInput.js";

/** What `quote` shows: the quote and, when asked for, a prepayment and a late installment. */
export interface QuoteReport {
  readonly quote: Quote;
  readonly prepayment?: Prepayment;
  readonly overdue?: Overdue;
}

/** A loan to quote and what else to work out about it. */
export interface QuoteReportRequest {
  readonly input: QuoteInput;
  readonly prepay?: PrepaymentRequest;
  readonly overdue?: { readonly period: number; readonly days: number; readonly multiplier: Decimal };
}

/** The engine's whole answer to a request; an engine error (LoanInputError) is the caller's to word. */
export function computeQuoteReport(request: QuoteReportRequest): QuoteReport {
  const q = quote(request.input);
  const p = request.prepay && prepay(q, request.prepay);
  const o = request.overdue && overdue(q, request.overdue.period, request.overdue.days, request.overdue.multiplier);
  return { quote: q, ...(p ? { prepayment: p } : {}), ...(o ? { overdue: o } : {}) };
}
