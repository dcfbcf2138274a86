import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { policyFromJson } from "../../src/policy/loadPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import type { Reason } from "../../src/engine/simulate/types.js";
import { reasonText } from "../../src/views/reasonText.js";

// The engine gives a scorecard reason as values; the view words it.
const texts = (r: Reason | undefined) => (r === undefined ? undefined : { en: reasonText(r, "en"), zh: reasonText(r, "zh") });

// Issue 12: a reason must be true of the applicant. The best bin's points are read from the
// policy file as plain JSON, the value from the generated profile, not from the engine.
const json = JSON.parse(readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8"));
const { policy } = policyFromJson(json, "(test)");
interface Char {
  field: string;
  reason: { code: string };
  bins: { points: number }[];
}
const byCode = new Map<string, Char>((json.scorecard.characteristics as Char[]).map((c) => [c.reason.code, c]));

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const profile = fc.record({
  invited: fc.constant(true),
  age: fc.integer({ min: 18, max: 55 }),
  monthlyIncome: fc.integer({ min: 1, max: 60000 }),
  zhimaScore: opt(fc.integer({ min: 550, max: 950 })),
  maxDpd24m: opt(fc.integer({ min: 0, max: 90 })),
  activeLenders: opt(fc.integer({ min: 0, max: 4 })),
  existingMonthlyDebt: opt(fc.integer({ min: 0, max: 20000 })),
  accountAgeMonths: opt(fc.integer({ min: 6, max: 200 })),
  orders12m: opt(fc.integer({ min: 6, max: 300 })),
  spend12m: opt(fc.integer({ min: 0, max: 100000 })),
  refundRate12m: opt(fc.double({ min: 0, max: 1, noNaN: true })),
  cashLikeShare12m: opt(fc.double({ min: 0, max: 1, noNaN: true })),
});

function shown(p: Record<string, number | boolean | undefined>, field: string): string | undefined {
  if (field === "dsr") return p.existingMonthlyDebt === undefined ? undefined : new Decimal(p.existingMonthlyDebt as number).div(p.monthlyIncome as number).toDecimalPlaces(4).toString();
  const v = p[field];
  return v === undefined ? undefined : String(v);
}

describe("scorecard reasons are true of the applicant", () => {
  it("each names the value (or says it is missing) and its points lost = best bin − points scored", () => {
    fc.assert(
      fc.property(profile, (raw) => {
        const p = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const offer = simulate(toProfile(p), policy, "2026-01-15");
        for (const r of offer.reasons) {
          const c = byCode.get(r.code);
          if (!c) continue; // a decision's own code (DEC01, LIM01, …)
          const scored = offer.points.find((x) => x.field === c.field)?.points as number;
          const best = Math.max(...c.bins.map((b) => b.points));
          expect("pointsLost" in r && r.pointsLost).toBe(best - scored);
          const value = shown(p, c.field);
          expect(texts(r)?.en).toContain(value === undefined ? "missing" : ` ${value}`);
          expect(texts(r)?.zh).toContain(value === undefined ? "缺失" : ` ${value}`);
          expect(texts(r)?.en).toContain(`scores ${best - scored} more`);
          expect(texts(r)?.zh).toContain(`多得 ${best - scored} 分`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the issue's example: Zhima 746 (700–750, +15) reads ≥ 750 scores 13 more, in both languages", () => {
    const typical = JSON.parse(readFileSync(new URL("../../examples/profiles/typical.json", import.meta.url), "utf8"));
    const o = simulate(toProfile({ ...typical, zhimaScore: 746 }), policy, "2026-01-15");
    expect(texts(o.reasons.find((r) => r.code === "R01"))).toEqual({ en: "Zhima score 746: ≥ 750 scores 13 more", zh: "芝麻分 746：≥750 档多得 13 分" });
    const missing = simulate(toProfile({ ...typical, zhimaScore: undefined }), policy, "2026-01-15");
    // missing scores −20; best 28: 48 more
    expect(texts(missing.reasons.find((r) => r.code === "R01"))).toEqual({ en: "Zhima score missing: ≥ 750 scores 48 more", zh: "芝麻分缺失：≥750 档多得 48 分" });
  });
});
