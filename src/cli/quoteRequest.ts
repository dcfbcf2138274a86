import type { Decimal } from "../engine/decimal.js";
import { methodDefinition } from "../engine/methods/index.js";
import { FLAT_FEE_PREPAYS } from "../engine/methods/types.js";
import { OVERDUE_DAYS, PENALTY_MULTIPLIER } from "../engine/overdue.js";
import { PREPAY_MODES, type PrepaymentRequest } from "../engine/prepayment.js";
import { PRODUCTS, type ProductName } from "../engine/products.js";
import { checkLoanRequest } from "../app/checkLoan.js";
import type { LoanRequest } from "../app/loanRequest.js";
import type { Words } from "../app/fieldError.js";
import { FORMATS } from "../views/formats.js";
import type { Lang } from "../views/lang.js";
import { optionLabel, parseFee, toLoanTerms, type LoanFields } from "./loanFields.js";
import { parseAmount, parseChoice, parseIsoDate, parseNumber, parseWholeNumber } from "./parseInputs.js";
import { chosenFormat, parseLang, parseStart } from "./sharedOptions.js";
import { UsageError } from "../app/errors.js";
import { budgetLoan, type RawBudgetOptions } from "./budgetRequest.js";

export type Format = (typeof FORMATS.quote)[number];

/** The options of `quote` as commander hands them over: still text. */
export interface RawQuoteOptions extends LoanFields, RawBudgetOptions {
  readonly start?: string;
  readonly format: string;
  readonly json?: boolean;
  readonly chart?: boolean;
  readonly ascii?: boolean;
  readonly lang?: string;
  readonly product: string;
  /** Repeatable: every --prepay / --prepay-on given, in order. */
  readonly prepay?: readonly string[];
  readonly prepayOn?: readonly string[];
  readonly prepayMode?: string;
  readonly prepayFee?: string;
  readonly flatFeePrepay?: string;
  readonly overdue?: string;
  readonly penaltyMultiplier?: string;
}

/** A validated `quote` call: what to compute and how to show it. */
export interface QuoteRequest {
  readonly input: LoanRequest;
  readonly product: ProductName;
  readonly format: Format;
  readonly lang: Lang;
  /** The prepayments asked for, as given (the engine applies them in date order). */
  readonly prepay?: readonly PrepaymentRequest[];
  readonly overdue?: { readonly period: number; readonly days: number; readonly multiplier: Decimal };
  /** What --payment worked out, for stderr. */
  readonly notes: readonly Words[];
}

/** No period of any loan lies beyond the longest term. */
const MAX_TERMS = PRODUCTS.none.terms.max;

/** One `<when>[:<amount>[:<mode>]]` of --prepay (a period) or --prepay-on (a date). */
function parseOnePrepay(spec: string, field: "--prepay" | "--prepay-on", defaults: Partial<PrepaymentRequest>): PrepaymentRequest {
  const [when = "", amountText, modeText, ...rest] = spec.split(":");
  if (rest.length) throw new UsageError(`${field}: expected <${field === "--prepay" ? "period" : "date"}>[:<amount>[:<mode>]], got ${JSON.stringify(spec)}`);
  const amount = amountText === undefined ? undefined : parseAmount(amountText, `${field} amount`);
  if (amount?.lte(0)) throw new UsageError(`${field} amount: must be more than 0, got ${JSON.stringify(amountText)}`);
  const mode = modeText === undefined ? defaults.mode : parseChoice(modeText, `${field} mode`, PREPAY_MODES);
  const at = field === "--prepay" ? { afterPeriod: parseWholeNumber(when, "--prepay period", 1, MAX_TERMS) } : { date: parseIsoDate(when, "--prepay-on date") };
  return { ...defaults, ...at, ...(amount ? { amount } : {}), ...(mode ? { mode } : {}) };
}

/** Options that only mean something with a prepayment. */
function prepayDefaults(raw: RawQuoteOptions): Partial<PrepaymentRequest> {
  return {
    ...(raw.prepayMode === undefined ? {} : { mode: parseChoice(raw.prepayMode, "--prepay-mode", PREPAY_MODES) }),
    ...(raw.prepayFee === undefined ? {} : { fee: parseFee(raw.prepayFee, "--prepay-fee") }),
    ...(raw.flatFeePrepay === undefined ? {} : { flatFee: parseChoice(raw.flatFeePrepay, "--flat-fee-prepay", FLAT_FEE_PREPAYS) }),
  };
}

function parsePrepay(raw: RawQuoteOptions, input: LoanRequest): readonly PrepaymentRequest[] | undefined {
  const defaults = prepayDefaults(raw);
  const specs = [...(raw.prepay ?? []).map((s) => [s, "--prepay"] as const), ...(raw.prepayOn ?? []).map((s) => [s, "--prepay-on"] as const)];
  if (specs.length === 0) {
    const alone = raw.prepayMode !== undefined ? "--prepay-mode" : raw.prepayFee !== undefined ? "--prepay-fee" : raw.flatFeePrepay !== undefined ? "--flat-fee-prepay" : undefined;
    if (alone) throw new UsageError(`${alone}: needs --prepay or --prepay-on`);
    return undefined;
  }
  const { id, charges } = methodDefinition(input.method ?? "equal-installment");
  if (defaults.flatFee !== undefined && charges !== "fee") throw new UsageError(`--flat-fee-prepay: applies to flat-fee loans, not --method ${id}`);
  return specs.map(([spec, field]) => parseOnePrepay(spec, field, defaults));
}

function parseOverdue(raw: RawQuoteOptions): QuoteRequest["overdue"] {
  if (raw.overdue === undefined) {
    if (raw.penaltyMultiplier !== undefined) throw new UsageError("--penalty-multiplier: needs --overdue");
    return undefined;
  }
  const { min, max, standard } = PENALTY_MULTIPLIER;
  const multiplier = parseNumber(raw.penaltyMultiplier ?? standard, "--penalty-multiplier", min, max, standard);
  const [period, days] = raw.overdue.split(":");
  if (days === undefined) throw new UsageError(`--overdue: expected <period>:<days> such as 3:10, got ${JSON.stringify(raw.overdue)}`);
  return { period: parseWholeNumber(period ?? "", "--overdue period", 1, MAX_TERMS), days: parseWholeNumber(days, "--overdue days", OVERDUE_DAYS.min, OVERDUE_DAYS.max), multiplier };
}

/** CSV holds the one schedule; a prepayment or late installment would be dropped without a word. */
function refuseInCsv(raw: RawQuoteOptions): void {
  const extra = raw.prepay !== undefined ? "--prepay" : raw.prepayOn !== undefined ? "--prepay-on" : raw.overdue !== undefined ? "--overdue" : undefined;
  if (extra) throw new UsageError(`--format csv: writes the schedule only, not ${extra}; use --format table or json`);
}

/**
 * Turns `quote`'s text arguments into a request, parsed once here and
 * validated once against the product by the app (checkLoanRequest), or throws
 * a UsageError naming the option. Pure: the environment and today's date come
 * in as arguments.
 */
export function toQuoteRequest(amountText: string | undefined, raw: RawQuoteOptions, env: Readonly<Record<string, string | undefined>>, today: string): QuoteRequest {
  // As commander said it when the amount was required: before any option is read.
  if (amountText === undefined && raw.payment === undefined) throw new UsageError("missing required argument 'amount'");
  const product = parseChoice(raw.product, "--product", Object.keys(PRODUCTS) as ProductName[]);
  const format = chosenFormat(raw, FORMATS.quote);
  const lang = parseLang(raw.lang, env);
  const terms = toLoanTerms(raw, optionLabel);
  const amount = amountText === undefined ? undefined : parseAmount(amountText, "amount");
  const start = parseStart(raw.start, () => today);
  const { input, notes } = budgetLoan(amount, raw, { ...terms, start }, PRODUCTS[product]);
  const prepay = parsePrepay(raw, input);
  const overdue = parseOverdue(raw);
  // With --payment the app validated the loan as it worked it out.
  if (raw.payment === undefined) checkLoanRequest(input, PRODUCTS[product]);
  if (format === "csv") refuseInCsv(raw);
  return { input, product, format, lang, notes, ...(prepay ? { prepay } : {}), ...(overdue ? { overdue } : {}) };
}
