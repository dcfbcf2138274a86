import { describe, expect, it } from "vitest";
import { quote } from "../../src/engine/quote.js";

describe("flat-fee rounding: the last period takes the leftovers (招商银行)", () => {
  it("40,000 over 24 at 0.68% a period: 23 × 1,938.67 and a last 1,938.59, fee 6,528.00 (issue 13)", () => {
    // Principal round(40000 / 24) = 1,666.67 (23 × = 38,333.41, last 1,666.59);
    // fee round(40000 × 0.68%) = 272.00 a period, 24 × 272 = 6,528.00.
    const q = quote({ amount: "40000", method: "flat-fee", feeRate: "0.68", terms: 24, start: "2026-01-15", feeResidual: "last" });
    expect(new Set(q.schedule.slice(0, 23).map((r) => r.payment.toFixed(2)))).toEqual(new Set(["1938.67"]));
    expect([q.schedule[23]!.payment, q.schedule[23]!.principal, q.fees.installment, q.totals.principal].map((d) => d.toFixed(2))).toEqual(["1938.59", "1666.59", "6528.00", "40000.00"]);
    expect(q.feeResidual).toBe("last");
  });

  it("first (花呗, the default) puts the leftover 分 on period 1", () => {
    // floor(40000 / 24) = 1,666.66 a period, the first 40000 − 23 × 1666.66 = 1,666.82.
    const q = quote({ amount: "40000", method: "flat-fee", feeRate: "0.68", terms: 24, start: "2026-01-15" });
    expect([q.schedule[0]!.principal, q.schedule[1]!.principal].map((d) => d.toFixed(2))).toEqual(["1666.82", "1666.66"]);
    expect(q.feeResidual).toBeUndefined();
  });

  it("with a total fee rate the fee share is round(total ÷ n)", () => {
    // 10,000 at 4.5% for 6 periods: total 450.00, 75.00 a period; principal 1,666.67 × 5 + 1,666.65.
    const q = quote({ amount: "10000", method: "flat-fee", totalFeeRate: "4.5", terms: 6, start: "2026-01-15", feeResidual: "last" });
    expect(q.schedule.map((r) => r.payment.toFixed(2))).toEqual(["1741.67", "1741.67", "1741.67", "1741.67", "1741.67", "1741.65"]);
  });

  it("refuses a fee residual for a method that charges interest", () => {
    expect(() => quote({ amount: "10000", apr: "12", terms: 6, start: "2026-01-15", feeResidual: "last" })).toThrow("feeResidual applies to fee-charging methods only, not method equal-installment");
  });
});

describe("bullet: the simple rate beside the IRR", () => {
  it("10.8% for 12 months reads 10.80% simple, while the IRR is 10.30% (issue 13)", () => {
    // Interest 10,000 × 10.8% × 12/12 = 1,080.00 over 365 days: 1080 / 10000 / (365/365) = 10.80%.
    // IRR: 1.108^(1/12) − 1 = 0.85832…% a month, × 12 = 10.30%.
    const q = quote({ amount: "10000", apr: "10.8", terms: 12, method: "bullet", start: "2026-01-15" });
    expect([q.totals.interest.toFixed(2), q.simpleAnnualRate!.toFixed(2), q.annualizedRate.toFixed(2)]).toEqual(["1080.00", "10.80", "10.30"]);
  });

  it("counts actual days: over a leap day 366 days of a 365-day year", () => {
    // 2027-06-01 → 2028-06-01 is 366 days: 1080 / 10000 / (366/365) = 10.770…%.
    const q = quote({ amount: "10000", apr: "10.8", terms: 12, method: "bullet", start: "2027-06-01" });
    expect(q.simpleAnnualRate!.toFixed(2)).toBe("10.77");
  });

  it("with a due day the first period accrues its actual days", () => {
    // Drawn 2026-01-20, D=10: 21 days, then 11 months. 10000 × (10.8% × 21/365 + 10.8% × 11/12)
    // = 62.137 + 990.00 = 1,052.14 (rounded once).
    const q = quote({ amount: "10000", apr: "10.8", terms: 12, method: "bullet", start: "2026-01-20", dueDay: 10 });
    expect(q.totals.interest.toFixed(2)).toBe("1052.14");
  });

  it("other methods have no simple rate", () => {
    expect(quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" }).simpleAnnualRate).toBeUndefined();
  });
});
