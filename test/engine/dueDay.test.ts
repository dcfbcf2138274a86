import { describe, expect, it } from "vitest";
import { firstDueDate } from "../../src/engine/dueDay.js";
import { quote } from "../../src/engine/quote.js";
import { LoanInputError } from "../../src/engine/loanInputError.js";
import { floatIrr } from "../oracles/floatIrr.js";

// 10,000 over 12 months at 12%: A = 10000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 888.4879 → 888.49.
// A regular first period charges round(10000 × 0.01) = 100.00, so repays 888.49 − 100.00 = 788.49.
const loan = { amount: "10000", apr: "12", terms: 12, dueDay: 10 } as const;

describe("fixed due day (固定还款日)", () => {
  it("drawn 2026-01-20 with D=10: first due 2026-02-10, 21 days (issue 13)", () => {
    // Feb 4 is the earliest (20 Jan + 15 days); the first 10th on or after it is Feb 10: 11 + 10 = 21 days.
    expect(firstDueDate("2026-01-20", 10, 15)).toBe("2026-02-10");
    const q = quote({ ...loan, start: "2026-01-20" });
    expect([q.firstPeriodDays, q.dueDay, q.schedule[0]?.dueDate, q.schedule[1]?.dueDate, q.schedule[11]?.dueDate]).toEqual([21, 10, "2026-02-10", "2026-03-10", "2027-01-10"]);
    // Interest of period 1: 10000 × 12% ÷ 365 × 21 = 25200 / 365 = 69.041… → 69.04.
    // 等额本息: 788.49 + 69.04 = 857.53; period 2 is a regular A.
    const row = q.schedule[0]!;
    expect([row.interest, row.principal, row.payment, q.schedule[1]!.payment].map((d) => d.toFixed(2))).toEqual(["69.04", "788.49", "857.53", "888.49"]);
  });

  it("drawn 2026-01-28 with D=10: Feb 10 is 13 days away, so first due 2026-03-10, 41 days (issue 13)", () => {
    // Jan 28 → Feb 28 is 31 days, Feb 28 → Mar 10 is 10: 41 days.
    const q = quote({ ...loan, start: "2026-01-28" });
    expect([q.firstPeriodDays, q.schedule[0]?.dueDate, q.schedule[11]?.dueDate]).toEqual([41, "2026-03-10", "2027-02-10"]);
    // 10000 × 12% ÷ 365 × 41 = 49200 / 365 = 134.794… → 134.79; 788.49 + 134.79 = 923.28.
    const row = q.schedule[0]!;
    expect([row.interest, row.principal, row.payment].map((d) => d.toFixed(2))).toEqual(["134.79", "788.49", "923.28"]);
  });

  it("等额本金: the same principal each period, only the first interest differs", () => {
    // round(10000 / 12) = 833.33; 833.33 + 69.04 = 902.37 and 833.33 + 134.79 = 968.12.
    const early = quote({ ...loan, method: "equal-principal", start: "2026-01-20" });
    const late = quote({ ...loan, method: "equal-principal", start: "2026-01-28" });
    expect([early.schedule[0]!.payment, late.schedule[0]!.payment].map((d) => d.toFixed(2))).toEqual(["902.37", "968.12"]);
    // Period 2 as without a due day: 833.33 + round(9166.67 × 1%) = 833.33 + 91.67 = 925.00.
    expect(early.schedule[1]!.payment.toFixed(2)).toBe("925.00");
  });

  it("the annualized rate is the IRR with a first period of days × 12 ÷ 365 months", () => {
    const q = quote({ ...loan, start: "2026-01-20" });
    expect(q.firstPeriodMonths.toFixed(6)).toBe("0.690411"); // 21 × 12 / 365
    // Independent float IRR of −10000 at 0 and each payment at 21·12/365 + k − 1 months.
    const first = (21 * 12) / 365;
    const i = floatIrr([{ t: 0, amount: -10000 }, ...q.schedule.map((r, k) => ({ t: first + k, amount: r.payment.toNumber() }))]);
    expect(q.annualizedRate.toFixed(2)).toBe((1200 * i).toFixed(2));
    expect(q.annualizedRateCompound.toFixed(2)).toBe((100 * ((1 + i) ** 12 - 1)).toFixed(2));
  });

  it("refuses a due day outside 1–28 and --min-first-days without a due day", () => {
    expect(() => quote({ ...loan, dueDay: 29, start: "2026-01-20" })).toThrow(LoanInputError);
    expect(() => quote({ ...loan, dueDay: 29, start: "2026-01-20" })).toThrow("dueDay must be a whole number from 1 to 28, got 29");
    expect(() => quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-20", minFirstDays: 10 })).toThrow("minFirstDays needs dueDay");
  });

  it("--min-first-days moves the first due date: with 10 days, 2026-01-28 is first due 2026-02-10 (13 days)", () => {
    const q = quote({ ...loan, start: "2026-01-28", minFirstDays: 10 });
    expect([q.schedule[0]?.dueDate, q.firstPeriodDays]).toEqual(["2026-02-10", 13]);
  });
});
