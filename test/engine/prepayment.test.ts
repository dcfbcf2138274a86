import { describe, expect, it } from "vitest";
import { LoanInputError } from "../../src/engine/loanInputError.js";
import { overdue } from "../../src/engine/overdue.js";
import { prepay } from "../../src/engine/prepayment.js";
import { quote } from "../../src/engine/quote.js";

const q = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" });

describe("prepayment", () => {
  it("full payoff after period 4 pays the balance left and saves the interest of periods 5–12", () => {
    const p = prepay(q, { afterPeriod: 4 });
    // From the published schedule: balance after 4 is 6,798.42; interest 5–12 is
    // 67.98 + 59.78 + 51.49 + 43.12 + 34.67 + 26.13 + 17.51 + 8.80 = 309.48.
    expect([p.payoff.toFixed(2), p.amount.toFixed(2), p.interestSaved.toFixed(2), p.mode, p.schedule.length]).toEqual(["6798.42", "6798.42", "309.48", "full", 0]);
  });

  it("for every k, full payoff after k equals balance_k and saves Σ interest of k+1…n", () => {
    for (let k = 1; k < 12; k++) {
      const p = prepay(q, { afterPeriod: k });
      expect(p.payoff.eq(q.schedule[k - 1]!.balance)).toBe(true);
      expect(p.interestSaved.eq(q.schedule.slice(k).reduce((s, r) => s.plus(r.interest), q.amount.times(0)))).toBe(true);
    }
  });

  it("paying on a date d days into a period adds the interest for d days", () => {
    // 10 days after the 4th due date (2026-05-15): 6,798.42 × 12% / 365 × 10 = 22.35.
    const p = prepay(q, { date: "2026-05-25" });
    expect([p.afterPeriod, p.interestToDate.toFixed(2), p.payoff.toFixed(2), p.interestSaved.toFixed(2)]).toEqual([4, "22.35", "6820.77", "287.13"]);
  });

  it("a partial prepayment re-amortizes: reduce-payment keeps the terms, reduce-term the installment", () => {
    const fewer = prepay(q, { afterPeriod: 4, amount: "3000", mode: "reduce-term" });
    const lower = prepay(q, { afterPeriod: 4, amount: "3000", mode: "reduce-payment" });
    for (const p of [fewer, lower]) {
      // 6,798.42 − 3,000 = 3,798.42 still to repay
      expect(p.schedule.reduce((s, r) => s.plus(r.principal), q.amount.times(0)).toFixed(2)).toBe("3798.42");
      expect(p.schedule.at(-1)?.balance.toFixed(2)).toBe("0.00");
      expect(p.schedule[0]?.period).toBe(5);
    }
    expect(lower.schedule).toHaveLength(8);
    // PMT(1%, 8, −3798.42) = 496.42
    expect(lower.schedule[0]?.payment.toFixed(2)).toBe("496.42");
    expect(fewer.schedule).toHaveLength(5);
    expect(fewer.schedule[0]?.payment.toFixed(2)).toBe("888.49");
    expect(fewer.interestSaved.gt(lower.interestSaved)).toBe(true);
  });

  it("refuses a prepayment after the last period or above the payoff", () => {
    expect(() => prepay(q, { afterPeriod: 12 })).toThrow(LoanInputError);
    expect(() => prepay(q, { afterPeriod: 4, amount: "7000" })).toThrow(/more than the payoff 6798.42/);
    expect(() => prepay(q, { date: "2027-02-01" })).toThrow(/before the last due date/);
  });
});

describe("overdue", () => {
  it("charges 1.5 × the contract rate on the late installment for the days late", () => {
    // 888.49 × 18% / 365 × 10 = 4.3816 → 4.38; on a 360-day year 4.4425 → 4.44.
    expect(overdue(q, 3, 10)).toMatchObject({ period: 3, days: 10 });
    expect(overdue(q, 3, 10).penalty.toFixed(2)).toBe("4.38");
    expect(overdue(q, 3, 10).penaltyRate.toFixed(4)).toBe("18.0000");
    const q360 = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15", yearBasis: 360 });
    expect(overdue(q360, 3, 10).penalty.toFixed(2)).toBe("4.44");
  });

  it("refuses a period that does not exist", () => {
    expect(() => overdue(q, 13, 10)).toThrow(/from 1 to 12/);
  });
});
