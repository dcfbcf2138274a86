import type { Decimal } from "../engine/decimal.js";
import { methodFromName, methodNames } from "../engine/methods.js";
import { findLimitViolation, PRODUCTS, type ProductName } from "../engine/products.js";
import type { QuoteInput } from "../engine/quote.js";
import { annualFromDaily, dailyFromAnnual, type YearBasis } from "../engine/rates.js";
import { langFromEnv, LANGS, type Lang } from "../views/lang.js";
import { parseAmount, parseChoice, parseIsoDate, parsePercent, parseWholeNumber } from "./parseInputs.js";
import { UsageError } from "./usageError.js";

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** The options of `quote` as commander hands them over: still text. */
export interface RawQuoteOptions {
  readonly apr?: string;
  readonly dailyRate?: string;
  readonly terms: string;
  readonly method: string;
  readonly start?: string;
  readonly yearBasis: string;
  readonly format: string;
  readonly lang?: string;
  readonly product: string;
}

/** A validated `quote` call: what to compute and how to show it. */
export interface QuoteRequest {
  readonly input: QuoteInput;
  readonly product: ProductName;
  readonly format: Format;
  readonly lang: Lang;
}

function parseMethod(text: string) {
  const method = methodFromName(text.trim());
  if (!method) throw new UsageError(`--method: expected one of ${methodNames().join(", ")}, got ${JSON.stringify(text)}`);
  return method;
}

function parseApr(raw: RawQuoteOptions, basis: YearBasis): { apr: Decimal; rateFlag: string } {
  if (raw.apr !== undefined && raw.dailyRate !== undefined) throw new UsageError("--apr and --daily-rate: give one rate, not both");
  if (raw.apr !== undefined) return { apr: parsePercent(raw.apr, "--apr"), rateFlag: "--apr" };
  if (raw.dailyRate !== undefined) return { apr: annualFromDaily(parsePercent(raw.dailyRate, "--daily-rate"), basis), rateFlag: "--daily-rate" };
  throw new UsageError("--apr <percent> or --daily-rate <percent> is required (e.g. --apr 12 or --daily-rate 0.02)");
}

function limitMessage(product: ProductName, field: string, min: string, max: string, value: string, unit: string): string {
  const hint = product === "suishendai" ? " for product suishendai (use --product none to quote any loan)" : "";
  return `${field}: must be from ${min} to ${max}${unit}${hint}, got ${value}`;
}

/**
 * Turns `quote`'s text arguments into a validated request, or throws a
 * UsageError naming the field and its allowed range. Pure: the environment and
 * today's date come in as arguments.
 */
export function toQuoteRequest(amountText: string, raw: RawQuoteOptions, env: Readonly<Record<string, string | undefined>>, today: string): QuoteRequest {
  const product = parseChoice(raw.product, "--product", Object.keys(PRODUCTS) as ProductName[]);
  const format = parseChoice(raw.format, "--format", FORMATS);
  const lang = raw.lang === undefined ? langFromEnv(env) : parseChoice(raw.lang, "--lang", LANGS);
  const yearBasis = Number(parseChoice(raw.yearBasis, "--year-basis", ["365", "360"])) as YearBasis;
  const method = parseMethod(raw.method);
  const terms = parseWholeNumber(raw.terms, "--terms", 1, 360);
  const { apr, rateFlag } = parseApr(raw, yearBasis);
  const amount = parseAmount(amountText, "amount");
  const start = raw.start === undefined ? today : parseIsoDate(raw.start, "--start");

  const violation = findLimitViolation(PRODUCTS[product], { amount, apr, terms });
  if (violation?.field === "amount") throw new UsageError(limitMessage(product, "amount", violation.min, violation.max, violation.value, " CNY"));
  if (violation?.field === "terms") throw new UsageError(limitMessage(product, "--terms", violation.min, violation.max, violation.value, ""));
  if (violation?.field === "apr") {
    const limits = PRODUCTS[product].apr;
    const range = rateFlag === "--daily-rate"
      ? [dailyFromAnnual(limits.min, yearBasis), dailyFromAnnual(limits.max, yearBasis)].map((d) => d.toSignificantDigits(6).toString())
      : [limits.min.toString(), limits.max.toString()];
    const shown = rateFlag === "--daily-rate" ? `${raw.dailyRate?.trim()} (an APR of ${apr.toString()}%)` : violation.value;
    throw new UsageError(limitMessage(product, rateFlag, range[0] ?? "", range[1] ?? "", shown, "%"));
  }
  return { input: { amount, apr, terms, method, start, yearBasis }, product, format, lang };
}
