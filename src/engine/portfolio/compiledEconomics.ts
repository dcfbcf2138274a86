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
  readonly chargeOffMonth: number;
  readonly prepayRate: number;
  /** fundingRate / 12, exactly. */
  readonly fundingMonthly: FenRate;
  /** 1 − LGD, exactly: the share of a charged-off balance recovered. */
  readonly recoveryShare: FenRate;
  /** LGD, exactly: the expected loss multiplies money by it. */
  readonly lgd: Decimal;
  /** costPerLoan in 分, rounded half-up. */
  readonly costPerLoanFen: number;
}

/** Compiles the policy's economics with its LGD (policy.pricing.lgd). */
export function compileEconomics(json: EconomicsJson, lgd: Decimal): Economics {
  return {
    takeUp: json.takeUp,
    utilisation: json.utilisation,
    termMix: Object.entries(json.termMix).map(([term, weight]) => [Number(term), weight] as const),
    pdMultiplier: json.pdMultiplier,
    chargeOffMonth: json.chargeOffMonth,
    prepayRate: json.prepayRate,
    fundingMonthly: toFenRate({ num: new Decimal(json.fundingRate), den: new Decimal(12) }),
    recoveryShare: toFenRate({ num: ONE.minus(lgd), den: ONE }),
    lgd,
    costPerLoanFen: new Decimal(json.costPerLoan).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(),
  };
}

/** The monthly default hazard of a 12-month PD: h = min(1, m·(1 − (1 − PD)^(1/12))). */
export function monthlyHazard(pd: number, multiplier: number): number {
  return Math.min(1, multiplier * (1 - Math.pow(1 - pd, 1 / 12)));
}
