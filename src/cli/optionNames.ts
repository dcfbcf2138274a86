import type { Field } from "../app/fields.js";
import { sayWords, type FieldError, type FieldNames } from "../app/fieldError.js";

/**
 * The one table from a field the use cases report to the option a user
 * typed. A new option that a FieldError can name gets its line here (the
 * Record fails to compile without it).
 */
export const OPTION_NAMES: Readonly<Record<Field, string>> = {
  amount: "amount", // the AMOUNT argument
  apr: "--apr",
  dailyRate: "--daily-rate",
  terms: "--terms",
  method: "--method",
  interest: "--interest",
  feeRate: "--fee-rate",
  totalFeeRate: "--total-fee-rate",
  upfrontFee: "--upfront-fee",
  monthlyFee: "--monthly-fee",
  financeFee: "--finance-fee",
  yearBasis: "--year-basis",
  cap: "--cap",
  dueDay: "--due-day",
  minFirstDays: "--min-first-days",
  feeResidual: "--fee-residual",
  principalRounding: "--principal-rounding",
  start: "--start",
  product: "--product",
  payment: "--payment",
  step: "--step",
  prepay: "--prepay",
  prepayOn: "--prepay-on",
  prepayFee: "--prepay-fee",
  overdue: "--overdue",
  penaltyMultiplier: "--penalty-multiplier",
  set: "--set",
  whatIf: "--what-if",
  keep: "--keep",
  target: "--target",
  id: "--id",
  fields: "--fields",
  breaks: "--breaks",
  special: "--special",
  monotone: "--monotone",
  by: "--by",
  sweep: "--sweep",
  economics: "--economics",
  challenger: "--challenger",
  originateMonths: "--originate-months",
  world: "--world",
  seed: "--seed",
  runs: "--runs",
  nplTarget: "--npl-target",
  shard: "--shard",
  partial: "--partial",
  parts: "merge", // merge's PART arguments: its lines begin "merge:"
};

/** Fields as options: `--fee-rate`, and `--apr 12` for a setting. */
export const OPTION_WORDS: FieldNames = {
  name: (field) => OPTION_NAMES[field],
  setting: (field, value) => `${OPTION_NAMES[field]} ${value}`,
};

/** Fields as an offer's keys (compare): quote's option names without dashes; the start is the command's own --start. */
export const OFFER_KEY_WORDS: FieldNames = {
  name: (field) => {
    const option = OPTION_NAMES[field];
    return field === "start" || !option.startsWith("--") ? option : option.slice("--".length);
  },
  setting: (field, value) => `${OFFER_KEY_WORDS.name(field)}=${value}`,
};

/** A FieldError's line as the CLI says it, its fields named as options. */
export function optionLine(error: FieldError, names: FieldNames = OPTION_WORDS): string {
  return sayWords(error.words, names);
}
