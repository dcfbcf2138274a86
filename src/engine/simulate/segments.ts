import { Decimal, ZERO } from "../decimal.js";
import type { SummaryFields } from "./types.js";

/** How `--by` splits a batch: by band, by decision code, or by a profile field's value in ranges. */
export type SegmentSpec =
  | { readonly kind: "band" }
  | { readonly kind: "decision-code" }
  | { readonly kind: "field"; readonly field: string; readonly cuts: readonly Decimal[] | "deciles" };

/** One segment's figures: records, approvals, mean PD of the scored, total limit and expected loss of approvals. */
export interface Segment {
  readonly segment: string;
  readonly records: number;
  readonly approved: number;
  readonly approvalRate: Decimal;
  readonly meanPd: Decimal | null;
  readonly limitTotal: Decimal;
  readonly expectedLoss: Decimal;
}

class Totals {
  records = 0;
  approved = 0;
  pdCount = 0;
  pdSum = ZERO;
  limitTotal = ZERO;
  expectedLoss = ZERO;

  add(o: SummaryFields, lgd: Decimal): void {
    this.records++;
    if (o.pd) [this.pdCount, this.pdSum] = [this.pdCount + 1, this.pdSum.plus(o.pd)];
    if (o.decision !== "approved" || !o.limit) return;
    this.approved++;
    this.limitTotal = this.limitTotal.plus(o.limit);
    this.expectedLoss = this.expectedLoss.plus(o.limit.times(o.pd ?? ZERO).times(lgd));
  }

  merge(t: Totals): void {
    this.records += t.records;
    this.approved += t.approved;
    this.pdCount += t.pdCount;
    this.pdSum = this.pdSum.plus(t.pdSum);
    this.limitTotal = this.limitTotal.plus(t.limitTotal);
    this.expectedLoss = this.expectedLoss.plus(t.expectedLoss);
  }

  segment(name: string): Segment {
    const { records, approved, limitTotal, expectedLoss } = this;
    return { segment: name, records, approved, approvalRate: records ? new Decimal(approved).div(records) : ZERO, meanPd: this.pdCount ? this.pdSum.div(this.pdCount) : null, limitTotal, expectedLoss };
  }
}

export const MISSING = "missing";

/** Cut points at the 10%, 20%, … 90% quantiles of the values (each the smallest value reaching its share), without repeats. */
function deciles(values: readonly (readonly [Decimal, number, string])[]): Decimal[] {
  const n = values.reduce((s, [, c]) => s + c, 0);
  const cuts: Decimal[] = [];
  let seen = 0;
  let k = 1;
  for (const [value, count] of values) {
    seen += count;
    while (k < 10 && seen * 10 >= k * n) {
      // the next value starts the next decile; cut just above this one
      const next = values[values.findIndex(([v]) => v.eq(value)) + 1];
      if (next && !cuts.some((c) => c.eq(next[0]))) cuts.push(next[0]);
      k++;
    }
  }
  return cuts;
}

function rangeName(lo: Decimal | undefined, hi: Decimal | undefined): string {
  if (lo === undefined) return `<${hi?.toString() ?? ""}`;
  if (hi === undefined) return `≥${lo.toString()}`;
  return `${lo.toString()}–<${hi.toString()}`;
}

/** One `--by`: totals per key as they arrive (per distinct value for a field), into named segments at the end. */
export class SegmentBuilder {
  private readonly byKey = new Map<string, Totals>();

  constructor(readonly spec: SegmentSpec, private readonly lgd: Decimal) {}

  add(key: string, offer: SummaryFields): void {
    let t = this.byKey.get(key);
    if (!t) this.byKey.set(key, (t = new Totals()));
    t.add(offer, this.lgd);
  }

  result(): Segment[] {
    const keys = [...this.byKey.keys()];
    if (this.spec.kind !== "field") return keys.sort().map((k) => (this.byKey.get(k) as Totals).segment(k));
    const values = keys.filter((k) => k !== MISSING).map((k) => [new Decimal(k), (this.byKey.get(k) as Totals).records, k] as [Decimal, number, string]).sort((a, b) => a[0].comparedTo(b[0]));
    const cuts = this.spec.cuts === "deciles" ? deciles(values) : this.spec.cuts;
    const ranges = [undefined, ...cuts].map((lo, i) => ({ lo, hi: cuts[i], totals: new Totals() }));
    for (const [value, , key] of values) {
      const at = cuts.findIndex((c) => value.lt(c));
      (ranges[at < 0 ? cuts.length : at] as (typeof ranges)[number]).totals.merge(this.byKey.get(key) as Totals);
    }
    const out = ranges.filter((r) => r.totals.records > 0).map((r) => r.totals.segment(rangeName(r.lo, r.hi)));
    const missing = this.byKey.get(MISSING);
    return missing ? [...out, missing.segment(MISSING)] : out;
  }
}
