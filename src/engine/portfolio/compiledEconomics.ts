import { Decimal, ONE } from "../decimal.js";
import { toFenRate, type FenRate } from "../rates.js";
import type { EconomicsJson } from "./economics.js";

/** The economics section ready for the month-by-month run: money rates as exact fractions, money in 分. */
export interface Economics {
  readonly takeUp: number;
  readonly utilisation: number;
  /** [term, weight] in the order the policy lists them. */
  readonly termMix: readonly (readonly [number, number])[];
  readonly pdMultiplier: number;
  /** Months after the missed installment's month at which the loan is charged off: ⌈(chargeOffDays − 15) ÷ 30⌉. */
  readonly chargeOffAfter: number;
  readonly cureRate: number;
  readonly prepayRate: number;
  readonly reborrowRate: number;
  readonly lifetimeMonths: number;
  /** The policy's pricing.costOfFunds (percent a year) ÷ 1200, exactly: pricing and the book read one cost of funds. */
  readonly fundingMonthly: FenRate;
  /** pricing.opex ÷ 1200: the operating cost of a month's balance. */
  readonly opexMonthly: FenRate;
  /** vatRate ÷ (1 + vatRate): the VAT inside VAT-inclusive interest. */
  readonly vatShare: FenRate;
  /** 1 − LGD, exactly: the share of a charged-off balance recovered. */
  readonly recoveryShare: FenRate;
  /** LGD, exactly: the expected loss multiplies money by it. */
  readonly lgd: Decimal;
  /** costPerLoan in 分, rounded half-up. */
  readonly costPerLoanFen: number;
}

/** Compiles the policy's economics with its pricing (LGD, cost of funds, operating cost). */
export function compileEconomics(json: EconomicsJson, pricing: { readonly lgd: Decimal; readonly costOfFunds: Decimal; readonly opex: Decimal }): Economics {
  const lgd = pricing.lgd;
  return {
    takeUp: json.takeUp,
    utilisation: json.utilisation,
    termMix: Object.entries(json.termMix).map(([term, weight]) => [Number(term), weight] as const),
    pdMultiplier: json.pdMultiplier,
    chargeOffAfter: chargeOffAfter(json.chargeOffDays),
    cureRate: json.cureRate,
    prepayRate: json.prepayRate,
    reborrowRate: json.reborrowRate,
    lifetimeMonths: json.lifetimeMonths,
    fundingMonthly: toFenRate({ num: pricing.costOfFunds, den: new Decimal(1200) }),
    opexMonthly: toFenRate({ num: pricing.opex, den: new Decimal(1200) }),
    vatShare: toFenRate({ num: new Decimal(json.vatRate), den: ONE.plus(json.vatRate) }),
    recoveryShare: toFenRate({ num: ONE.minus(lgd), den: ONE }),
    lgd,
    costPerLoanFen: new Decimal(json.costPerLoan).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(),
  };
}

/** The monthly default hazard of a 12-month PD: h = min(1, m·(1 − (1 − PD)^(1/12))). */
export function monthlyHazard(pd: number, multiplier: number): number {
  return Math.min(1, multiplier * (1 - Math.pow(1 - pd, 1 / 12)));
}

/** Days past due at the end of the month a due date was missed in: installments fall due mid-month (day 15 of 30). */
export const FIRST_DPD = 15;

/** The months from a missed installment's month to its charge-off, the first month-end at least `days` past due. */
export const chargeOffAfter = (days: number): number => Math.max(0, Math.ceil((days - FIRST_DPD) / 30));
