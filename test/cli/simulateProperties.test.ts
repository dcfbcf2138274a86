import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { scoreProfile } from "../../src/engine/simulate/scorecard.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { runCli } from "./runCli.js";

const { policy } = defaultPolicy();
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Profiles across every field's range, some fields missing. */
const profile = fc.record(
  {
    invited: fc.boolean(),
    realNameVerified: opt(fc.boolean()),
    age: fc.integer({ min: 16, max: 70 }),
    isStudent: opt(fc.boolean()),
    blacklistHit: opt(fc.boolean()),
    currentOverdueDays: opt(fc.integer({ min: 0, max: 3 })),
    maxDpd24m: opt(fc.integer({ min: 0, max: 120 })),
    zhimaScore: opt(fc.integer({ min: 350, max: 950 })),
    activeLenders: opt(fc.integer({ min: 0, max: 6 })),
    loanApplications3m: opt(fc.integer({ min: 0, max: 12 })),
    monthlyIncome: fc.integer({ min: 0, max: 100_000 }),
    existingMonthlyDebt: opt(fc.integer({ min: 0, max: 30_000 })),
    accountAgeMonths: opt(fc.integer({ min: 0, max: 200 })),
    orders12m: opt(fc.integer({ min: 0, max: 500 })),
    spend12m: opt(fc.integer({ min: 0, max: 200_000 })),
    refundRate12m: opt(fc.integer({ min: 0, max: 100 }).map((x) => x / 100)),
    cashLikeShare12m: opt(fc.integer({ min: 0, max: 100 }).map((x) => x / 100)),
    existingPlatformConsumerCredit: opt(fc.integer({ min: 0, max: 250_000 })),
  },
  { requiredKeys: ["invited", "age", "monthlyIncome"] },
);

/** Profiles the default policy mostly approves, so the approval asserts run often. */
const approvable = fc.record({
  invited: fc.constant(true),
  realNameVerified: fc.constant(true),
  age: fc.integer({ min: 26, max: 50 }),
  maxDpd24m: fc.integer({ min: 0, max: 7 }),
  zhimaScore: fc.integer({ min: 640, max: 950 }),
  activeLenders: fc.integer({ min: 0, max: 2 }),
  loanApplications3m: fc.integer({ min: 0, max: 4 }),
  monthlyIncome: fc.integer({ min: 6_000, max: 100_000 }),
  existingMonthlyDebt: fc.integer({ min: 0, max: 1_500 }),
  accountAgeMonths: fc.integer({ min: 36, max: 200 }),
  orders12m: fc.integer({ min: 48, max: 500 }),
  spend12m: fc.integer({ min: 6_000, max: 200_000 }),
  refundRate12m: fc.integer({ min: 0, max: 10 }).map((x) => x / 100),
  cashLikeShare12m: fc.integer({ min: 0, max: 10 }).map((x) => x / 100),
});
const anyOrApprovable = fc.oneof(profile, approvable);

/** A line of input: a good profile, broken JSON, a wrong type, or a non-object. */
const line = fc.oneof(
  profile.map((p) => JSON.stringify(p)),
  fc.constantFrom("{broken", "[1,2]", '"text"', "null", '{"invited":true,"age":"x","monthlyIncome":1}', '{"invited":true,"age":30}'),
);

describe("simulate properties (fast-check)", () => {
  it("writes exactly one output line per input line, in order, and the same bytes every time", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 2, maxLength: 30 }), async (lines) => {
        const input = lines.join("\n");
        const a = await runCli(["simulate", "-"], {}, false, input);
        const out = a.stdout.trimEnd().split("\n");
        expect(out).toHaveLength(lines.length);
        out.forEach((text, i) => {
          const record = JSON.parse(text);
          if ("error" in record) expect(record.line).toBe(i + 1);
        });
        const b = await runCli(["simulate", "-"], {}, false, input);
        expect(b.stdout).toBe(a.stdout);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 60) },
    );
  });

  it("every approval lends 5,000–50,000 in steps of 500 at 7.3%–24%", () => {
    let approvals = 0;
    fc.assert(
      fc.property(anyOrApprovable, (p) => {
        const o = simulate(toProfile(p), policy, "2026-01-15");
        if (o.decision !== "approved") return;
        approvals++;
        expect(o.limit!.gte(5000) && o.limit!.lte(50000) && o.limit!.mod(500).isZero()).toBe(true);
        expect(o.apr!.gte("7.3") && o.apr!.lte(24)).toBe(true);
        for (const t of o.terms) expect(t.maxAmount.lte(o.limit!) && t.maxAmount.gte(5000) && t.maxAmount.mod(500).isZero()).toBe(true);
      }),
      { numRuns: 400 },
    );
    // The asserts above must have run on real approvals, not vacuously.
    expect(approvals).toBeGreaterThanOrEqual(100);
  });

  it("raising zhimaScore never lowers the score", () => {
    fc.assert(
      fc.property(anyOrApprovable, fc.integer({ min: 350, max: 950 }), fc.integer({ min: 0, max: 600 }), (p, z, up) => {
        const lower = scoreProfile(toProfile({ ...p, zhimaScore: z }), policy).score;
        const higher = scoreProfile(toProfile({ ...p, zhimaScore: Math.min(950, z + up) }), policy).score;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
      { numRuns: 300 },
    );
  });
});
