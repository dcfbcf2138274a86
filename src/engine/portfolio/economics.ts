/**
 * What `portfolio` assumes about borrowers and money once offers are made: the
 * policy file's `economics` section (docs/portfolio.md says why each default).
 * Probabilities are plain numbers (they drive random draws, not money); money
 * and money rates are decimal strings, made exact where they are used.
 */
export interface EconomicsJson {
  /** Probability that an approved applicant borrows. */
  readonly takeUp: number;
  /** Share of the limit drawn when the profile has no request (floored to 100). */
  readonly utilisation: number;
  /** Weights of terms (months as keys) when the profile has no request; renormalised over the terms offered. */
  readonly termMix: Readonly<Record<string, number>>;
  /** Stress multiplier on the monthly default hazard. */
  readonly pdMultiplier: number;
  /** Days past due at which a delinquent loan is charged off (30-day months: 180 is the sixth month after the missed due date). */
  readonly chargeOffDays: number;
  /** Monthly probability that a loan 1–90 days past due pays all its arrears and is current again. */
  readonly cureRate: number;
  /** Monthly probability of paying the loan off in full. */
  readonly prepayRate: number;
  /** VAT on interest income, which is VAT-inclusive: VAT = interest × rate ÷ (1 + rate) (0.06 = 6%, financial services). */
  readonly vatRate: number;
  /** Probability that a customer whose loan was repaid in full borrows again (same offer, same world). */
  readonly reborrowRate: number;
  /** Months from a customer's first loan within which a new loan may start: the horizon of lifetime value. */
  readonly lifetimeMonths: number;
  /** Cost of booking one loan, CNY. */
  readonly costPerLoan: number;
}

export const DEFAULT_ECONOMICS: EconomicsJson = {
  takeUp: 0.35,
  utilisation: 0.6,
  termMix: { "3": 0.2, "6": 0.3, "9": 0.2, "12": 0.3 },
  pdMultiplier: 1,
  chargeOffDays: 180,
  cureRate: 0.05,
  prepayRate: 0.02,
  vatRate: 0.06,
  reborrowRate: 0,
  lifetimeMonths: 24,
  costPerLoan: 20,
};
