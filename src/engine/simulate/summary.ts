import { Decimal, ZERO } from "../decimal.js";
import { SegmentBuilder, type Segment, type SegmentSpec } from "./segments.js";
import type { Decision, SummaryFields } from "./types.js";

/** Counts of equal values: medians of a million offers in the memory of a few hundred distinct ones. */
class Tally {
  private readonly counts = new Map<string, number>();
  private n = 0;
  private total = ZERO;

  add(value: Decimal): void {
    const key = value.toString();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.n++;
    this.total = this.total.plus(value);
  }

  mean(): Decimal | null {
    return this.n === 0 ? null : this.total.div(this.n);
  }

  /** The median; the mean of the two middle values when the count is even. */
  median(): Decimal | null {
    if (this.n === 0) return null;
    const sorted = [...this.counts.entries()].map(([k, c]) => [new Decimal(k), c] as const).sort((a, b) => a[0].comparedTo(b[0]));
    const at = (index: number): Decimal => {
      let seen = 0;
      for (const [value, count] of sorted) {
        seen += count;
        if (index < seen) return value;
      }
      return (sorted.at(-1) as readonly [Decimal, number])[0];
    };
    const mid = Math.floor(this.n / 2);
    return this.n % 2 ? at(mid) : at(mid - 1).plus(at(mid)).div(2);
  }
}

export type { SummaryFields } from "./types.js";

/** A batch in figures: counts, approval rate, APR and limit of approvals, expected loss. */
export interface Summary {
  readonly records: number;
  readonly invalid: number;
  readonly byDecision: Readonly<Record<Decision, number>>;
  readonly byCode: Readonly<Record<string, number>>;
  /** Approved ÷ valid records (0 when there are none). */
  readonly approvalRate: Decimal;
  /** Valid records that were invited (not knocked out as not_invited), and approved ÷ that. */
  readonly invited: number;
  readonly approvalRateInvited: Decimal;
  readonly apr: { readonly mean: Decimal | null; readonly median: Decimal | null };
  readonly limit: { readonly mean: Decimal | null; readonly median: Decimal | null; readonly total: Decimal };
  /** Σ limit × PD × LGD over approvals, and its share of the total limit. */
  readonly expectedLoss: Decimal;
  readonly expectedLossShare: Decimal;
  /** What the expected loss is made of: the policy's LGD, and the horizon of the scorecard's PD. */
  readonly lgd: Decimal;
  readonly pdHorizonMonths: number;
  /** One table per `--by`, in the order given. */
  readonly segments: readonly { readonly by: string; readonly rows: readonly Segment[] }[];
}

/** A `--by` as written, and what it means. */
export interface NamedSegmentSpec {
  readonly name: string;
  readonly spec: SegmentSpec;
}

/** The scorecard's odds are of default within 12 months: the horizon of every PD it gives. */
export const PD_HORIZON_MONTHS = 12;

/** Accumulates a batch's offers into a summary, in constant memory per distinct APR and limit. */
export class SummaryBuilder {
  private records = 0;
  private invalid = 0;
  private readonly byDecision: Record<Decision, number> = { approved: 0, declined: 0, not_invited: 0 };
  // No prototype: a code named "constructor" or "__proto__" is counted like any other.
  private readonly byCode: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly aprs = new Tally();
  private readonly limits = new Tally();
  private limitTotal = ZERO;
  private expectedLoss = ZERO;

  private readonly segments: { name: string; builder: SegmentBuilder }[];

  constructor(private readonly lgd: Decimal, by: readonly NamedSegmentSpec[] = []) {
    this.segments = by.map(({ name, spec }) => ({ name, builder: new SegmentBuilder(spec, lgd) }));
  }

  addInvalid(): void {
    this.records++;
    this.invalid++;
  }

  /** An offer, with its key for each `--by` (in order). */
  add(offer: SummaryFields, keys: readonly string[] = []): void {
    for (const [i, s] of this.segments.entries()) s.builder.add(keys[i] ?? "", offer);
    this.records++;
    this.byDecision[offer.decision]++;
    if (offer.code !== null) this.byCode[offer.code] = (this.byCode[offer.code] ?? 0) + 1;
    if (offer.decision !== "approved" || !offer.apr || !offer.limit) return;
    this.aprs.add(offer.apr);
    this.limits.add(offer.limit);
    this.limitTotal = this.limitTotal.plus(offer.limit);
    this.expectedLoss = this.expectedLoss.plus(offer.limit.times(offer.pd ?? ZERO).times(this.lgd));
  }

  result(): Summary {
    const valid = this.records - this.invalid;
    const invited = valid - this.byDecision.not_invited;
    return {
      records: this.records,
      invalid: this.invalid,
      byDecision: { ...this.byDecision },
      byCode: Object.fromEntries(Object.entries(this.byCode).sort(([a], [b]) => (a < b ? -1 : 1))),
      approvalRate: valid === 0 ? ZERO : new Decimal(this.byDecision.approved).div(valid),
      invited,
      approvalRateInvited: invited === 0 ? ZERO : new Decimal(this.byDecision.approved).div(invited),
      apr: { mean: this.aprs.mean(), median: this.aprs.median() },
      limit: { mean: this.limits.mean(), median: this.limits.median(), total: this.limitTotal },
      expectedLoss: this.expectedLoss,
      expectedLossShare: this.limitTotal.isZero() ? ZERO : this.expectedLoss.div(this.limitTotal),
      lgd: this.lgd,
      pdHorizonMonths: PD_HORIZON_MONTHS,
      segments: this.segments.map((s) => ({ by: s.name, rows: s.builder.result() })),
    };
  }
}
