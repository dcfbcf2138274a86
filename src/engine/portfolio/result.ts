import type { EconomicsJson } from "./economics.js";
import type { RollRow, Vintage } from "./historyResult.js";

export type { RollRow, Vintage } from "./historyResult.js";

// The shape of a portfolio run's answer, ready for any view: money as decimal
// strings with 2 places (CNY), ratios as decimal strings with 4 places
// (0.0215 = 2.15%), counts as numbers. With --runs N every figure is the mean
// over the N runs (a count may then be fractional), and `ranges` gives the
// 5th and 95th percentiles of the run totals.

/** One month of the book (month 0 is the booking). */
export interface MonthRow {
  readonly month: number;
  /** Loans neither paid off nor charged off at the month's end. */
  readonly active: number;
  readonly outstanding: string;
  /** Balances 1, 2 and 3+ payments past due. */
  readonly dpd1to30: string;
  readonly dpd31to60: string;
  readonly dpd61to90: string;
  /** 90+ days past due: non-performing. */
  readonly dpd90plus: string;
  /** 90+ days past due ÷ outstanding. */
  readonly npl: string;
  readonly chargeOffs: string;
  readonly recoveries: string;
  readonly interestIncome: string;
  readonly fundingCost: string;
  /** pricing.opex on the month's starting balance. */
  readonly operatingCost: string;
  /** VAT inside the month's interest. */
  readonly vat: string;
  /** Month 0: minus the booking cost; then interest − VAT − funding − operating cost − (charge-offs − recoveries). */
  readonly netIncome: string;
}

/** A book's totals. */
export interface BookTotals {
  readonly applicants: number;
  /** Records that were valid profiles. */
  readonly valid: number;
  readonly approved: number;
  /** approved ÷ valid. */
  readonly approvalRate: string;
  readonly booked: number;
  /** customers ÷ approved. */
  readonly takeUpRate: string;
  /** Approved applicants who borrowed at least once; `booked` counts their loans, re-borrowing included. */
  readonly customers: number;
  /** Net income per customer over the horizon (every loan of theirs, each loan's costs and losses): the customer's lifetime value. */
  readonly lifetimeValue: string;
  /** lifetimeValue ÷ costPerLoan, the cost of acquiring the customer (the first loan's booking). */
  readonly lifetimeValueToAcquisition: string;
  readonly bookedAmount: string;
  /** Σ over booked loans of LGD × Σ_k P(default in month k) × balance then: the model's expected loss. */
  readonly expectedLoss: string;
  /** Charge-offs − recoveries, as simulated. */
  readonly simulatedLoss: string;
  readonly defaults: number;
  readonly chargeOffs: string;
  readonly recoveries: string;
  readonly interestIncome: string;
  readonly fundingCost: string;
  readonly operatingCost: string;
  readonly vat: string;
  readonly bookingCost: string;
  readonly netIncome: string;
  /** The highest monthly NPL over the months some loan is still current (the run-off tail, where only past-due loans are left, is 100% by construction). */
  readonly peakNpl: string;
  readonly peakNplMonth: number;
  /**
   * Σ 90+ ÷ Σ outstanding over month ends 0..horizon: the NPL ratio of a book
   * that books this cohort every month, once it is steady (it holds the new cohort at age 0). What --npl-target is held against.
   */
  readonly steadyStateNpl: string;
  /** 90+ ÷ outstanding at the end of the last origination month: the book as it stands when lending stops (with --originate-months). */
  readonly bookNpl: string;
  /** netIncome ÷ bookedAmount. */
  readonly netMargin: string;
  /** netIncome × 12 ÷ Σ over months 1..horizon of the balance at the month's start (the balances that earn and bear funding). */
  readonly returnOnAverageAssets: string;
  /** (charge-offs − recoveries) × 12 ÷ the same Σ: the annualised net loss rate, beside the NPL (charge-off timing moves one, not the other). */
  readonly lossRate: string;
}

/** The figures of the totals given a 5–95% range over runs. */
export type RangedTotal = "approved" | "booked" | "bookedAmount" | "simulatedLoss" | "netIncome" | "peakNpl" | "steadyStateNpl" | "netMargin" | "returnOnAverageAssets" | "lossRate";

export interface Range {
  readonly p5: string;
  readonly p95: string;
}

/** A band's share of the book (pooled over runs, then divided by N). */
export interface BandTotals {
  readonly band: string;
  readonly approved: number;
  readonly booked: number;
  readonly bookedAmount: string;
  /** Mean PD of the band's booked loans: what the policy predicts. */
  readonly meanPd: string;
  /** The world's mean 12-month PD of the same loans: what the borrowers do. */
  readonly worldPd: string;
  /** meanPd − worldPd: above 0 the policy believes its borrowers riskier than they are, below 0 safer. */
  readonly calibrationGap: string;
  /** Defaults ÷ booked, as simulated (loans shorter than 12 months, or prepaid, default less than the 12-month PD). */
  readonly defaultRate: string;
  readonly expectedLoss: string;
  readonly simulatedLoss: string;
  readonly interestIncome: string;
  readonly netIncome: string;
  readonly netMargin: string;
  /** The band's annualised net loss rate (as the totals'). */
  readonly lossRate: string;
}

/** One policy's book. */
export interface Book {
  /** "champion" or "challenger". */
  readonly role: "champion" | "challenger";
  /** With --sweep: the value of the swept parameter this book ran at. */
  readonly sweepValue?: string;
  /** The policy's name and version as its file states them. */
  readonly policy: string;
  readonly economics: EconomicsJson;
  readonly totals: BookTotals;
  /** With --runs > 1. */
  readonly ranges?: Readonly<Record<RangedTotal, Range>>;
  readonly months: readonly MonthRow[];
  readonly bands: readonly BandTotals[];
  /** Per cohort (origination month), the cumulative default rate by month on book. */
  readonly vintages: readonly Vintage[];
  /** Month-to-month moves between delinquency states, cures included (pooled over runs). */
  readonly rollRates: readonly RollRow[];
}

/** One cell of the champion/challenger swap set. */
export interface SwapCell {
  readonly cell: "both" | "championOnly" | "challengerOnly" | "neither";
  readonly count: number;
  /** Mean PD of the cell's scored applicants (the champion's PD, or the challenger's where the champion gave none); null when none was scored. */
  readonly meanPd: string | null;
  readonly champion: { readonly bookedAmount: string; readonly simulatedLoss: string };
  readonly challenger: { readonly bookedAmount: string; readonly simulatedLoss: string };
}

/** One value of a --sweep. */
export interface SweepPoint {
  readonly value: string;
  readonly approvalRate: string;
  readonly bookedAmount: string;
  readonly peakNpl: string;
  readonly steadyStateNpl: string;
  readonly lossRate: string;
  readonly netMargin: string;
  readonly netIncome: string;
  /** steadyStateNpl > the NPL target (the peak of a run-off cohort overstates a live book's ratio). */
  readonly overTarget: boolean;
}

export interface PortfolioResult {
  /** The world's name (--world, else the default world). */
  readonly world: string;
  /** Monthly cohorts the applicants arrived over (--originate-months). */
  readonly originateMonths: number;
  readonly seed: number;
  readonly runs: number;
  /** Months run: the longest term booked + the charge-off month. */
  readonly horizon: number;
  readonly nplTarget: string;
  /** Records that were not valid profiles (each named on stderr). */
  readonly invalid: number;
  /** The champion, then the challenger when there is one; with --sweep, one champion book per value, in sweep order. */
  readonly books: readonly Book[];
  readonly swap?: readonly SwapCell[];
  readonly sweep?: {
    readonly path: string;
    readonly points: readonly SweepPoint[];
    /** The first value whose steady-state NPL is over the target, or null. */
    readonly firstOverTarget: string | null;
  };
}
