import type { Decimal } from "../engine/decimal.js";
import type { FeeInput } from "../engine/fees.js";
import { methodFromName, methodNames } from "../engine/methods/index.js";
import { PRODUCTS } from "../engine/products.js";
import { DUE_DAY, MIN_FIRST_DAYS } from "../engine/dueDay.js";
import { FEE_RESIDUALS, PRINCIPAL_ROUNDINGS } from "../engine/methods/types.js";
import { annualFromDaily, INTEREST_BASES, YEAR_BASES, type YearBasis } from "../engine/rates.js";
import { parseAmount, parseChoice, parsePercent, parseWholeNumber } from "./parseInputs.js";
import { UsageError } from "../app/errors.js";
import type { Field } from "../app/fields.js";
import type { LoanTermsRequest } from "../app/loanRequest.js";
import { OPTION_WORDS } from "./optionNames.js";

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

/** How a field is named in messages: `--apr` for quote, `apr` for an offer of compare (src/cli/optionNames.ts). */
export type FieldLabel = (field: Field) => string;

export const optionLabel: FieldLabel = OPTION_WORDS.name;

/** A fee written as an amount in CNY (`20`) or a percent of the loan (`1.5%`). */
export function parseFee(text: string, field: string): FeeInput {
  return text.trim().endsWith("%") ? { percent: parsePercent(text, field) } : { amount: parseAmount(text, field) };
}

function parseFlag(value: boolean | string | undefined, field: string): boolean {
  if (value === undefined || typeof value === "boolean") return value === true;
  return parseChoice(value, field, ["true", "false"]) === "true";
}

/** The rate fields as an APR in percent and the field it came from (neither when no rate was given). */
function parseRate(f: LoanFields, basis: YearBasis, label: FieldLabel): { apr?: Decimal; rateField?: "apr" | "dailyRate" } {
  if (f.apr !== undefined && f.dailyRate !== undefined) throw new UsageError(`${label("apr")} and ${label("dailyRate")}: give one rate, not both`);
  if (f.apr !== undefined) return { apr: parsePercent(f.apr, label("apr")), rateField: "apr" };
  if (f.dailyRate !== undefined) return { apr: annualFromDaily(parsePercent(f.dailyRate, label("dailyRate")), basis), rateField: "dailyRate" };
  return {};
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
 * Turns a loan's text fields into typed terms (less amount and start), or
 * throws a UsageError naming the field. Shared by `quote` and the offers of
 * `compare`, so both accept exactly the same spellings. Parses only: which
 * fields a method and a product take is the app's rule (app/checkLoan.ts).
 */
export function toLoanTerms(f: LoanFields, label: FieldLabel): LoanTermsRequest {
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
  return { ...loan, ...(rateField ? { rateField } : {}) };
}
