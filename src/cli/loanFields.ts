import type { Decimal } from "../engine/decimal.js";
import type { FeeInput } from "../engine/fees.js";
import { LoanInputError } from "../engine/loanInputError.js";
import { METHODS, methodFromName, methodNames } from "../engine/methods/index.js";
import { PRODUCTS } from "../engine/products.js";
import { DUE_DAY, MIN_FIRST_DAYS } from "../engine/dueDay.js";
import { FEE_RESIDUALS, PRINCIPAL_ROUNDINGS } from "../engine/methods/types.js";
import { checkLoanTerms, type LoanTerms } from "../engine/quoteInput.js";
import { annualFromDaily, INTEREST_BASES, YEAR_BASES, type YearBasis } from "../engine/rates.js";
import { parseAmount, parseChoice, parsePercent, parseWholeNumber } from "./parseInputs.js";
import { UsageError } from "../app/errors.js";

/** A loan's terms as text, keyed like `quote`'s options in camelCase. */
export interface LoanFields {
  readonly apr?: string;
  readonly dailyRate?: string;
  readonly terms?: string;
  readonly method?: string;
  readonly interest?: string;
  readonly feeRate?: string;
  readonly totalFeeRate?: string;
  readonly upfrontFee?: string;
  readonly financeFee?: boolean | string;
  readonly monthlyFee?: string;
  readonly yearBasis?: string;
  readonly cap?: string;
  readonly dueDay?: string;
  readonly minFirstDays?: string;
  readonly feeResidual?: string;
  readonly principalRounding?: string;
}

/** How a field is named in messages: `--apr` for quote, `offer "借呗": apr` for compare. */
export type FieldLabel = (camelName: string) => string;

export const optionLabel: FieldLabel = (name) => `--${name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;

/** `--apr 12` for an option, `apr=12` for an offer's key. */
function setting(label: FieldLabel, field: string, value: string): string {
  const name = label(field);
  return name.startsWith("--") ? `${name} ${value}` : `${name}=${value}`;
}

/** "method flat-fee" in an engine message: the field named before a method's id. */
const METHOD_WORD = new RegExp(`\\bmethod (?=(?:${METHODS.join("|")})\\b)`, "g");

/**
 * An engine error in the user's words: the engine names its fields as the
 * library does (feeRate); the message names them as `label` does (--fee-rate).
 * "<field> <value>: <problem>" keeps the value beside the label (--method flat-fee: …).
 */
export function engineMessage(error: LoanInputError, label: FieldLabel): string {
  const own = error.message.startsWith(`${error.field} `) ? error.message.slice(error.field.length + 1) : error.message;
  const separator = /^[^\s:]+: /.test(own) && own !== error.message ? " " : ": ";
  const named = own.replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (name) => label(name)).replace(METHOD_WORD, `${label("method")} `);
  return `${label(error.field)}${separator}${named}`;
}

/** A fee written as an amount in CNY (`20`) or a percent of the loan (`1.5%`). */
export function parseFee(text: string, field: string): FeeInput {
  return text.trim().endsWith("%") ? { percent: parsePercent(text, field) } : { amount: parseAmount(text, field) };
}

function parseFlag(value: boolean | string | undefined, field: string): boolean {
  if (value === undefined || typeof value === "boolean") return value === true;
  return parseChoice(value, field, ["true", "false"]) === "true";
}

/** The rate fields as an APR in percent and the field it came from (neither when no rate was given). */
function parseRate(f: LoanFields, basis: YearBasis, label: FieldLabel): { apr?: Decimal; rateField?: string } {
  if (f.apr !== undefined && f.dailyRate !== undefined) throw new UsageError(`${label("apr")} and ${label("dailyRate")}: give one rate, not both`);
  if (f.apr !== undefined) return { apr: parsePercent(f.apr, label("apr")), rateField: "apr" };
  if (f.dailyRate !== undefined) return { apr: annualFromDaily(parsePercent(f.dailyRate, label("dailyRate")), basis), rateField: "dailyRate" };
  return {};
}

/** The engine's checks of the terms, reported as `label` names the fields (a daily rate as the user gave it). */
function checkTerms(terms: LoanTerms, rateField: string | undefined, label: FieldLabel): void {
  try {
    checkLoanTerms(terms);
  } catch (error) {
    if (!(error instanceof LoanInputError)) throw error;
    if (error.field === "apr" && rateField === undefined) {
      // The engine knows one rate field; the user may give either of two.
      throw new UsageError(`${setting(label, "apr", "<percent>")} or ${setting(label, "dailyRate", "<percent>")} is required (e.g. ${setting(label, "apr", "12")} or ${setting(label, "dailyRate", "0.02")})`);
    }
    throw new UsageError(engineMessage(error, (name) => label(name === "apr" ? (rateField ?? name) : name)));
  }
}

/** The lending conventions (due day, fee rounding) as text; which method takes which is the engine's rule. */
function conventions(f: LoanFields, label: FieldLabel): { dueDay?: number; minFirstDays?: number; feeResidual?: (typeof FEE_RESIDUALS)[number]; principalRounding?: (typeof PRINCIPAL_ROUNDINGS)[number] } {
  return {
    ...(f.dueDay === undefined ? {} : { dueDay: parseWholeNumber(f.dueDay, label("dueDay"), DUE_DAY.min, DUE_DAY.max) }),
    ...(f.minFirstDays === undefined ? {} : { minFirstDays: parseWholeNumber(f.minFirstDays, label("minFirstDays"), MIN_FIRST_DAYS.min, MIN_FIRST_DAYS.max) }),
    ...(f.feeResidual === undefined ? {} : { feeResidual: parseChoice(f.feeResidual, label("feeResidual"), FEE_RESIDUALS) }),
    ...(f.principalRounding === undefined ? {} : { principalRounding: parseChoice(f.principalRounding, label("principalRounding"), PRINCIPAL_ROUNDINGS) }),
  };
}

/**
 * Turns a loan's text fields into the engine's QuoteInput (less amount and
 * start), or throws a UsageError naming the field. Shared by `quote` and the
 * offers of `compare`, so both accept exactly the same spellings. Parses only:
 * which fields a method takes is the engine's rule (checkLoanTerms).
 */
export function toLoanTerms(f: LoanFields, label: FieldLabel): LoanTerms & { rateField?: string } {
  const yearBasis = Number(parseChoice(f.yearBasis ?? "365", label("yearBasis"), YEAR_BASES.map(String))) as YearBasis;
  const methodText = (f.method ?? "equal-installment").trim();
  const method = methodFromName(methodText);
  if (!method) throw new UsageError(`${label("method")}: expected one of ${methodNames().join(", ")}, got ${JSON.stringify(methodText)}`);
  const interest = parseChoice(f.interest ?? "monthly", label("interest"), INTEREST_BASES);
  const terms = parseWholeNumber(f.terms ?? "12", label("terms"), PRODUCTS.none.terms.min, PRODUCTS.none.terms.max);
  const { apr, rateField } = parseRate(f, yearBasis, label);
  const feeRate = f.feeRate === undefined ? undefined : parsePercent(f.feeRate, label("feeRate"));
  const totalFeeRate = f.totalFeeRate === undefined ? undefined : parsePercent(f.totalFeeRate, label("totalFeeRate"));
  const fees = {
    ...(f.upfrontFee === undefined ? {} : { upfrontFee: parseFee(f.upfrontFee, label("upfrontFee")) }),
    ...(f.monthlyFee === undefined ? {} : { monthlyFee: parseFee(f.monthlyFee, label("monthlyFee")) }),
  };
  const financeFee = parseFlag(f.financeFee, label("financeFee"));
  const cap = f.cap === undefined ? undefined : parsePercent(f.cap, label("cap"));
  const loan = { terms, method, interest, yearBasis, ...(apr ? { apr } : {}), ...(feeRate ? { feeRate } : {}), ...(totalFeeRate ? { totalFeeRate } : {}), ...fees, financeFee, ...(cap ? { cap } : {}), ...conventions(f, label) };
  checkTerms(loan, rateField, label);
  return { ...loan, ...(rateField ? { rateField } : {}) };
}
