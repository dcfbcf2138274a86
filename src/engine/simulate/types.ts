import type { Decimal } from "../decimal.js";
import type { EconomicsJson } from "../portfolio/economics.js";
import type { Quote } from "../quote.js";
import type { YearBasis } from "../rates.js";
import type { ProfileFromFields } from "./profileFields.js";

/** Text in both languages the views speak. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/**
 * A validated profile, its fields as profileFields.ts lists them: numbers as
 * JSON gave them (money becomes decimal where the limit is computed), a
 * missing field as undefined.
 */
export type Profile = ProfileFromFields;

/** A value a rule reads: a profile field (a declared category is text), or the derived dsr as an exact decimal. */
export type RuleValue = boolean | number | string | Decimal | undefined;

export type { DeclaredField, Level, ProfileDeclarations } from "./declarations.js";
import type { Level, ProfileDeclarations } from "./declarations.js";

/**
 * A rule's number both ways: as a double to compare with the profile's JSON
 * numbers (comparing doubles parsed from decimals keeps the decimals' order),
 * and as a decimal to compare with the exact dsr.
 */
export interface Threshold {
  readonly n: number;
  readonly d: Decimal;
}

/** A knock-out rule: a field, a comparison, and the decision it forces. */
export interface KnockoutRule {
  readonly code: string;
  readonly field: string;
  readonly op: "eq" | "lt" | "lte" | "gt" | "gte" | "outside" | "in";
  readonly value?: boolean | string | Threshold;
  /** op "in": hits when the value equals one of them. */
  readonly levels?: readonly Level[];
  readonly min?: Threshold;
  readonly max?: Threshold;
  readonly decision: "declined" | "not_invited";
  readonly text: LocalizedText;
}

/** One scorecard bin: [min, max) and its points, or a set bin (`levels`) matched by equality before any range. */
export interface Bin {
  readonly levels?: readonly Level[];
  readonly min?: Threshold;
  readonly max?: Threshold;
  readonly points: number;
}

/** One scorecard characteristic: the field it bins and the reason (code and text) it gives. */
export interface Characteristic {
  readonly id: string;
  readonly field: string;
  readonly missing: number;
  /** Points of a value no bin lists (an unseen category level); absent: the missing points. */
  readonly other?: number;
  readonly reason: { readonly code: string; readonly text: LocalizedText };
  readonly bins: readonly Bin[];
  /** The points of its best bin: what "points lost" is measured from. */
  readonly best: number;
}

/** A risk band: its minimum score, price, limit rules and terms. */
export interface Band {
  readonly band: string;
  readonly minScore: number;
  readonly apr: Decimal;
  readonly maxLimit: Decimal;
  readonly spendMultiple: Decimal;
  readonly incomeMultiple: Decimal;
  readonly dsrCap: Decimal;
  readonly terms: readonly number[];
}

/** A credit policy ready for the engine (see docs/policy.md). */
export interface Policy extends ProfileDeclarations {
  readonly knockouts: readonly KnockoutRule[];
  readonly base: number;
  /** PD = 1 / (1 + exp((score − offset) / factor)) */
  readonly scaling: { readonly factor: Decimal; readonly offset: Decimal };
  readonly characteristics: readonly Characteristic[];
  /** At most `max` scorecard reasons per offer. */
  readonly reasons: { readonly max: number };
  readonly cutoff: {
    readonly minScore: number;
    readonly code: string;
    readonly text: LocalizedText;
    /** The decline (DEC02) of a score at or above the cut-off that no band's minimum reaches. */
    readonly noBand: { readonly code: string; readonly text: LocalizedText };
  };
  readonly bands: readonly Band[];
  readonly pricing: {
    readonly base: Decimal;
    /** Percent a year: what pricing assumes and what a portfolio's book pays on its balances. */
    readonly costOfFunds: Decimal;
    /** Percent a year of the balance: pricing's operating cost, and the book's. */
    readonly opex: Decimal;
    readonly riskLoad: Decimal;
    /** Loss given default: pricing's risk load, and a batch summary's expected loss. */
    readonly lgd: Decimal;
    readonly floorApr: Decimal;
    readonly capApr: Decimal;
    readonly yearBasis: YearBasis;
    readonly code: string;
    readonly text: LocalizedText;
  };
  readonly limit: {
    readonly productMax: Decimal;
    readonly minimum: Decimal;
    readonly step: Decimal;
    readonly regulatoryCap: Decimal;
    readonly code: string;
    readonly text: LocalizedText;
    /** The decline (LIM02) when payment capacity is what holds the limit under the minimum. */
    readonly capacity: { readonly code: string; readonly text: LocalizedText };
    /** A missing spend12m, income or debt: counted as 0 ("zero", absent) or its candidates left out ("ignore"). */
    readonly missingMoney?: "zero" | "ignore";
  };
  readonly request: { readonly REQ01: LocalizedText; readonly REQ02: LocalizedText };
  /** What `portfolio` assumes about take-up, default, prepayment and money. */
  readonly economics: EconomicsJson;
}

/** The outcome of a profile. */
export type Decision = "approved" | "declined" | "not_invited";
/** The candidate that set a credit limit. */
export type LimitConstraint = "product" | "band" | "spend" | "income" | "capacity" | "regulatory";

/** What one characteristic scored for a profile (`--explain`). */
export interface CharacteristicPoints {
  readonly id: string;
  readonly field: string;
  readonly value: RuleValue;
  readonly points: number;
  readonly pointsLost: number;
}

/** A reason the policy words itself (a decision, a knock-out, a declined request): its code and the policy's text. */
export interface PolicyReason {
  readonly code: string;
  readonly text: LocalizedText;
}

/** A scorecard reason as values: the points lost on `field` at `value`, and the best bin nearest it (null: only `other` scores best). */
export interface ScoreReason {
  readonly code: string;
  readonly pointsLost: number;
  readonly field: string;
  readonly value: RuleValue;
  readonly bestBin: Bin | null;
}

/** A reason given for a decision; views word a ScoreReason. */
export type Reason = PolicyReason | ScoreReason;

/** One term on offer: the most it lends, its payment and total interest. */
export interface TermOffer {
  readonly terms: number;
  readonly maxAmount: Decimal;
  readonly payment: Decimal;
  readonly totalInterest: Decimal;
}

/** The engine's answer for one profile. Fields not reached by the decision are null. */
export interface Offer {
  readonly id: string | number | null;
  readonly decision: Decision;
  readonly code: string | null;
  readonly score: number | null;
  readonly pd: Decimal | null;
  readonly band: string | null;
  readonly apr: Decimal | null;
  readonly dailyRate: Decimal | null;
  readonly limit: Decimal | null;
  readonly bindingConstraint: LimitConstraint | null;
  readonly terms: readonly TermOffer[];
  readonly reasons: readonly Reason[];
  readonly knockouts: readonly PolicyReason[];
  readonly points: readonly CharacteristicPoints[];
  readonly requestDeclined?: PolicyReason;
  readonly quote?: Quote;
}

/** What a summary needs of an offer (a worker thread sends just these). */
export type SummaryFields = Pick<Offer, "decision" | "code" | "apr" | "limit" | "pd">;
