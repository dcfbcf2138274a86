import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { Decimal } from "../../src/engine/decimal.js";
import { quote } from "../../src/engine/quote.js";
import type { QuoteInput } from "../../src/engine/quoteInput.js";
import type { Method } from "../../src/engine/methods/index.js";
import type { InterestBasis } from "../../src/engine/rates.js";

const amount = fc.integer({ min: 1, max: 100_000_000_000 }).map((fen) => new Decimal(fen).div(100));
const rate = fc.integer({ min: 0, max: 1_000_000 }).map((x) => new Decimal(x).div(10_000));
const terms = fc.integer({ min: 1, max: 360 });
const method = fc.constantFrom<Method>("equal-installment", "equal-principal", "interest-only", "bullet", "flat-fee");
const interest = fc.constantFrom<InterestBasis>("monthly", "daily");

function loan(m: Method, p: Decimal, r: Decimal, n: number, i: InterestBasis): QuoteInput {
  return m === "flat-fee"
    ? { amount: p, terms: n, method: m, totalFeeRate: r, start: "2026-01-31" }
    : { amount: p, apr: r, terms: n, method: m, interest: i, start: "2026-01-31" };
}

describe("every method (fast-check)", () => {
  it("Σprincipal = amount, the balance ends at 0.00, payment = principal + interest + fee", () => {
    fc.assert(
      fc.property(method, amount, rate, terms, interest, (m, p, r, n, i) => {
        const q = quote(loan(m, p, r, n, i));
        expect(q.totals.principal.eq(p)).toBe(true);
        expect(q.schedule.at(-1)?.balance.isZero()).toBe(true);
        for (const row of q.schedule) {
          expect(row.payment.eq(row.principal.plus(row.interest).plus(row.fee))).toBe(true);
          expect(row.balance.gte(0) && row.principal.gte(0)).toBe(true);
        }
      }),
      { numRuns: runs(60, 300) },
    );
  });

  it("with no fees, monthly interest and ≥ 1,200 CNY, the IRR is within 0.01 pp of the APR (bullet: at most the APR)", () => {
    // Bullet charges simple interest for the whole term at the end, so its IRR
    // is (1 + APR·n/12)^(1/n) − 1 a month: equal to the APR for one period, below it after.
    const sizable = fc.integer({ min: 120_000, max: 100_000_000_000 }).map((fen) => new Decimal(fen).div(100));
    fc.assert(
      fc.property(fc.constantFrom<Method>("equal-installment", "equal-principal", "interest-only", "bullet"), sizable, rate, terms, (m, p, r, n) => {
        const q = quote(loan(m, p, r, n, "monthly"));
        if (m === "bullet") expect(q.annualizedRate.lte(r.plus("0.01"))).toBe(true);
        else expect(q.annualizedRate.minus(r).abs().lte("0.01")).toBe(true);
      }),
      { numRuns: runs(50, 200) },
    );
  });

  it("adding any positive fee raises the IRR", () => {
    const fee = fc.integer({ min: 1, max: 500 }).map((x) => new Decimal(x).div(100)); // 0.01%–5%
    const kind = fc.constantFrom("upfront", "monthly");
    const sizable = fc.integer({ min: 100_000, max: 10_000_000_000 }).map((fen) => new Decimal(fen).div(100));
    fc.assert(
      fc.property(method, sizable, rate.filter((r) => r.lte(60)), fc.integer({ min: 1, max: 120 }), fee, kind, (m, p, r, n, f, k) => {
        const base = loan(m, p, r, n, "monthly");
        const withFee = { ...base, [k === "upfront" ? "upfrontFee" : "monthlyFee"]: { percent: f } };
        expect(quote(withFee).annualizedRate.gt(quote(base).annualizedRate)).toBe(true);
      }),
      { numRuns: runs(40, 150) },
    );
  });
});
