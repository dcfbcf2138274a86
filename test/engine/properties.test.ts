import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { Decimal } from "../../src/engine/decimal.js";
import { quote } from "../../src/engine/quote.js";
import type { Method } from "../../src/engine/methods/index.js";

const amount = fc.integer({ min: 1, max: 100_000_000_000 }).map((fen) => new Decimal(fen).div(100));
const apr = fc.integer({ min: 0, max: 1_000_000 }).map((x) => new Decimal(x).div(10_000)); // 0–100% in 0.0001 steps
const terms = fc.integer({ min: 1, max: 360 });
const method = fc.constantFrom<Method>("equal-installment", "equal-principal");

describe("schedule invariants (fast-check)", () => {
  it("Σprincipal = amount, ends at 0.00, payment = principal + interest, balances fall", () => {
    fc.assert(
      fc.property(amount, apr, terms, method, (p, r, n, m) => {
        const q = quote({ amount: p, apr: r, terms: n, method: m, start: "2026-01-31" });
        expect(q.schedule).toHaveLength(n);
        expect(q.totals.principal.eq(p)).toBe(true);
        expect(q.schedule[n - 1]?.balance.isZero()).toBe(true);
        let before = p;
        for (const row of q.schedule) {
          expect(row.payment.eq(row.principal.plus(row.interest))).toBe(true);
          expect(row.balance.eq(before.minus(row.principal))).toBe(true);
          expect(row.balance.lte(before) && row.balance.gte(0)).toBe(true);
          expect(row.interest.gte(0) && row.principal.gte(0)).toBe(true);
          for (const v of [row.payment, row.principal, row.interest, row.balance]) expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
          before = row.balance;
        }
      }),
      { numRuns: runs(60, 300) },
    );
  });

  it("the IRR of a fee-free schedule is within 0.01 percentage point of its APR", () => {
    // Each period's interest is round(B·r), off by at most 0.005. At i = r the
    // schedule's NPV is then off by Σε·v^k ≤ 0.005·Σv^k, against a slope of
    // about Σ B·v^k ≥ P/2·Σv^k, so |Δi| ≤ 0.01/P a month = 12/P pp a year:
    // at most 0.01 pp from 1,200 CNY up. Below that the rate rounds away
    // (0.01 CNY at any APR owes 0.00 interest), so the bound cannot hold there.
    const sizable = fc.integer({ min: 120_000, max: 100_000_000_000 }).map((fen) => new Decimal(fen).div(100));
    fc.assert(
      fc.property(sizable, apr, terms, method, (p, r, n, m) => {
        const q = quote({ amount: p, apr: r, terms: n, method: m, start: "2026-01-15" });
        expect(q.annualizedRate.minus(r).abs().toNumber()).toBeLessThanOrEqual(0.01);
      }),
      { numRuns: runs(50, 200) },
    );
  });
});
