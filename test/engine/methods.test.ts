import { describe, expect, it } from "vitest";
import { quote } from "../../src/engine/quote.js";

const col = (q: ReturnType<typeof quote>, key: "payment" | "principal" | "interest" | "fee") => q.schedule.map((r) => r[key].toFixed(2));

describe("daily interest", () => {
  it("charges equal-principal each period's actual days (issue: 15.00 + 10.33 + 5.00 = 30.33)", () => {
    // 2026-04-15 → 05-15 → 06-15 → 07-15 is 30, 31 and 30 days; 0.05%/day = 18.25% on 365.
    const q = quote({ amount: "1000", apr: "18.25", terms: 3, method: "equal-principal", interest: "daily", start: "2026-04-15" });
    expect(col(q, "interest")).toEqual(["15.00", "10.33", "5.00"]);
    expect(q.totals.interest.toFixed(2)).toBe("30.33");
  });

  it("keeps the equal installment at APR/12 and lets the last period settle", () => {
    // By hand: A = round(1000·r(1+r)^3/((1+r)^3−1)), r = 18.25%/12 → 343.52;
    // interest 1000×0.0005×30 = 15.00, 671.48×0.0005×31 = 10.41, 338.37×0.0005×30 = 5.08.
    const q = quote({ amount: "1000", apr: "18.25", terms: 3, interest: "daily", start: "2026-04-15" });
    expect(col(q, "payment")).toEqual(["343.52", "343.52", "343.45"]);
    expect(col(q, "interest")).toEqual(["15.00", "10.41", "5.08"]);
  });
});

describe("interest-only and bullet", () => {
  it("先息后本 pays 1% a month and the principal at the end; its IRR is the APR", () => {
    const q = quote({ amount: "10000", apr: "12", terms: 12, method: "interest-only", start: "2026-01-15" });
    expect(col(q, "payment").slice(0, 11).every((p) => p === "100.00")).toBe(true);
    expect(q.schedule[11]?.payment.toFixed(2)).toBe("10100.00");
    expect(q.annualizedRate.toFixed(4)).toBe("12.0000");
  });

  it("一次性还本付息 owes simple interest P·APR·n/12 at the end, an IRR below the APR", () => {
    const q = quote({ amount: "10000", apr: "12", terms: 12, method: "bullet", start: "2026-01-15" });
    expect(col(q, "payment").slice(0, 11).every((p) => p === "0.00")).toBe(true);
    expect(q.schedule[11]?.payment.toFixed(2)).toBe("11200.00");
    // 12 × (1.12^(1/12) − 1) = 11.3866% (hand calculation)
    expect(q.annualizedRate.toFixed(2)).toBe("11.39");
  });

  it("bullet with daily interest charges the actual days: 10,000 × 0.05% × 365 = 1,825", () => {
    const q = quote({ amount: "10000", apr: "18.25", terms: 12, method: "bullet", interest: "daily", start: "2026-01-15" });
    expect(q.totals.interest.toFixed(2)).toBe("1825.00");
  });
});

describe("flat-fee (花呗分期, card installments)", () => {
  it.each([
    // amount, terms, total fee %, first payment, next payment, total fee (issue figures)
    ["1111.11", 6, "4.5", "193.56", "193.51", "50.00"],
    ["1111.11", 3, "2.3", "378.89", "378.89", "25.56"],
  ])("%s over %i periods at %s%% total", (amount, terms, rate, first, next, fee) => {
    const q = quote({ amount, terms, method: "flat-fee", totalFeeRate: rate, start: "2026-01-15" });
    expect([q.schedule[0]?.payment.toFixed(2), q.schedule[1]?.payment.toFixed(2), q.fees.installment.toFixed(2)]).toEqual([first, next, fee]);
    expect(q.totals.interest.toFixed(2)).toBe("0.00");
  });

  it.each([
    // 花呗 on 10,000 (issue figures, ±0.01 pp)
    [3, "2.3", 13.75],
    [6, "4.5", 15.27],
    [12, "7.5", 13.57],
  ])("花呗 %i periods at %s%% total fee → %f%% simple", (terms, rate, irr) => {
    const q = quote({ amount: "10000", terms, method: "flat-fee", totalFeeRate: rate, start: "2026-01-15" });
    expect(Math.abs(q.annualizedRate.toNumber() - irr)).toBeLessThanOrEqual(0.01);
  });

  it("a card installment at 0.6% a month for 12 periods is 13.03% simple", () => {
    const q = quote({ amount: "10000", terms: 12, method: "flat-fee", feeRate: "0.6", start: "2026-01-15" });
    expect(q.annualizedRate.toFixed(2)).toBe("13.03");
    expect(q.fees.installment.toFixed(2)).toBe("720.00");
  });
});

describe("fees and the comprehensive cost", () => {
  it("a deducted upfront fee lowers the payout and raises the IRR; a financed one raises the principal", () => {
    const base = { amount: "10000", apr: "12", terms: 12, start: "2026-01-15" };
    const deducted = quote({ ...base, upfrontFee: { percent: "1" } });
    expect([deducted.netDisbursed.toFixed(2), deducted.fees.upfront.toFixed(2), deducted.schedule[0]?.payment.toFixed(2)]).toEqual(["9900.00", "100.00", "888.49"]);
    expect(deducted.annualizedRate.gt("12.0001")).toBe(true);
    const financed = quote({ ...base, upfrontFee: { amount: "100" }, financeFee: true });
    expect([financed.amount.toFixed(2), financed.netDisbursed.toFixed(2), financed.fees.financed]).toEqual(["10100.00", "10000.00", true]);
    // PMT(1%, 12, −10100) = 897.37
    expect(financed.schedule[0]?.payment.toFixed(2)).toBe("897.37");
  });

  it("a monthly fee is added to every payment and counted once in the totals", () => {
    const q = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15", monthlyFee: { amount: "5" } });
    expect(q.schedule[0]?.payment.toFixed(2)).toBe("893.49");
    expect([q.totals.fee.toFixed(2), q.fees.total.toFixed(2)]).toEqual(["60.00", "60.00"]);
  });

  it("flags a cost above the cap, and the cap is a parameter", () => {
    const q = quote({ amount: "10000", apr: "24", terms: 12, start: "2026-01-15", upfrontFee: { percent: "3" } });
    expect(q.compliance.exceedsCap).toBe(true);
    expect(quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15", cap: "10" }).compliance).toMatchObject({ exceedsCap: true });
    expect(quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" }).compliance.exceedsCap).toBe(false);
  });
});
