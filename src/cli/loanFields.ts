import type { Decimal } from "../engine/decimal.js";
import type { FeeInput } from "../engine/fees.js";
import type { LoanInputError } from "../engine/loanInputError.js";
import { INTEREST_BASES, methodFromName, methodNames } from "../engine/methods.js";
import type { QuoteInput } from "../engine/quote.js";
import { annualFromDaily, type YearBasis } from "../engine/rates.js";
import { parseAmount, parseChoice, parsePercent, parseWholeNumber } from "./parseInputs.js";
import { UsageError } from "./usageError.js";

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
}

/** How a field is named in messages: `--apr` for quote, `offer "借呗": apr` for compare. */
export type FieldLabel = (camelName: string) => string;

export const optionLabel: FieldLabel = (name) => `--${name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;

/** `--apr 12` for an option, `apr=12` for an offer's key. */
function setting(label: FieldLabel, field: string, value: string): string {
  const name = label(field);
  return name.startsWith("--") ? `${name} ${value}` : `${name}=${value}`;
}

/**
 * An engine error in the user's words: the engine names its fields as the
 * library does (feeRate); the message names them as `label` does (--fee-rate).
 */
export function engineMessage(error: LoanInputError, label: FieldLabel): string {
  const own = error.message.startsWith(`${error.field} `) ? error.message.slice(error.field.length + 1) : error.message;
  return `${label(error.field)}: ${own.replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, (name) => label(name))}`;
}

/** A fee written as an amount in CNY (`20`) or a percent of the loan (`1.5%`). */
export function parseFee(text: string, field: string): FeeInput {
  return text.trim().endsWith("%") ? { percent: parsePercent(text, field) } : { amount: parseAmount(text, field) };
}

function parseFlag(value: boolean | string | undefined, field: string): boolean {
  if (value === undefined || typeof value === "boolean") return value === true;
  return parseChoice(value, field, ["true", "false"]) === "true";
}

/** The rate fields as an APR in percent and the field it came from (undefined for flat-fee). */
function parseRate(f: LoanFields, basis: YearBasis, label: FieldLabel): { apr?: Decimal; rateField?: string } {
  if (f.apr !== undefined && f.dailyRate !== undefined) throw new UsageError(`${label("apr")} and ${label("dailyRate")}: give one rate, not both`);
  if (f.apr !== undefined) return { apr: parsePercent(f.apr, label("apr")), rateField: "apr" };
  if (f.dailyRate !== undefined) return { apr: annualFromDaily(parsePercent(f.dailyRate, label("dailyRate")), basis), rateField: "dailyRate" };
  return {};
}

/**
 * Turns a loan's text fields into the engine's QuoteInput (less amount and
 * start), or throws a UsageError naming the field. Shared by `quote` and the
 * offers of `compare`, so both accept exactly the same spellings.
 */
export function toLoanTerms(f: LoanFields, label: FieldLabel): Omit<QuoteInput, "amount" | "start"> & { rateField?: string } {
  const yearBasis = Number(parseChoice(f.yearBasis ?? "365", label("yearBasis"), ["365", "360"])) as YearBasis;
  const methodText = (f.method ?? "equal-installment").trim();
  const method = methodFromName(methodText);
  if (!method) throw new UsageError(`${label("method")}: expected one of ${methodNames().join(", ")}, got ${JSON.stringify(methodText)}`);
  const interest = parseChoice(f.interest ?? "monthly", label("interest"), INTEREST_BASES);
  const terms = parseWholeNumber(f.terms ?? "12", label("terms"), 1, 360);
  const { apr, rateField } = parseRate(f, yearBasis, label);
  if (method === "flat-fee" && apr !== undefined) throw new UsageError(`${label(rateField ?? "apr")}: flat-fee charges a fee, not interest; give ${label("feeRate")} or ${label("totalFeeRate")} instead`);
  if (method !== "flat-fee" && apr === undefined) throw new UsageError(`${setting(label, "apr", "<percent>")} or ${setting(label, "dailyRate", "<percent>")} is required (e.g. ${setting(label, "apr", "12")} or ${setting(label, "dailyRate", "0.02")})`);
  const feeRate = f.feeRate === undefined ? undefined : parsePercent(f.feeRate, label("feeRate"));
  const totalFeeRate = f.totalFeeRate === undefined ? undefined : parsePercent(f.totalFeeRate, label("totalFeeRate"));
  if (method === "flat-fee" && (feeRate === undefined) === (totalFeeRate === undefined)) {
    throw new UsageError(`${label("method")} flat-fee: give exactly one of ${label("feeRate")} <percent per period> or ${label("totalFeeRate")} <percent for the whole term>`);
  }
  if (method !== "flat-fee" && (feeRate ?? totalFeeRate) !== undefined) throw new UsageError(`${label(feeRate ? "feeRate" : "totalFeeRate")}: applies to ${label("method")} flat-fee only`);
  const fees = {
    ...(f.upfrontFee === undefined ? {} : { upfrontFee: parseFee(f.upfrontFee, label("upfrontFee")) }),
    ...(f.monthlyFee === undefined ? {} : { monthlyFee: parseFee(f.monthlyFee, label("monthlyFee")) }),
  };
  const financeFee = parseFlag(f.financeFee, label("financeFee"));
  if (financeFee && f.upfrontFee === undefined) throw new UsageError(`${label("financeFee")}: needs ${label("upfrontFee")}`);
  const cap = f.cap === undefined ? undefined : parsePercent(f.cap, label("cap"));
  return { terms, method, interest, yearBasis, ...(apr ? { apr } : {}), ...(rateField ? { rateField } : {}), ...(feeRate ? { feeRate } : {}), ...(totalFeeRate ? { totalFeeRate } : {}), ...fees, financeFee, ...(cap ? { cap } : {}) };
}

