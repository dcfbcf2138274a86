import { describe, expect, it } from "vitest";
import { prepayAll } from "../../src/engine/prepayAll.js";
import { prepay } from "../../src/engine/prepayment.js";
import { quote } from "../../src/engine/quote.js";
import { floatIrr } from "../oracles/floatIrr.js";

// 12,000 at 12% 等额本金 over 12 months from 2026-01-15: 1,000 of principal a
// month and 1% of the balance as interest (120, 110, …, 10: 780 in all).
const q = quote({ amount: "12000", apr: "12", terms: 12, method: "equal-principal", start: "2026-01-15" });
const fee = { percent: "1" };
const plan = [
  // Given out of order: they apply by date.
  { date: "2026-06-25", fee },
  { afterPeriod: 4, amount: "3000", mode: "reduce-payment" as const, fee },
  { afterPeriod: 2, amount: "2000", mode: "reduce-term" as const, fee },
];

describe("several prepayments", () => {
  const { prepayments: [p1, p2, p3], effective } = prepayAll(q, plan);

  it("1st, after period 2 (2026-03-15), 2,000 reduce-term: 8,000 left at 1,000 a month ends at period 10", () => {
    // Balance after 2 is 10,000; 10,000 − 2,000 = 8,000 → 8 rows of 1,000, interest 80, 70, …, 10 = 360.
    // Saved: the original 100 + 90 + … + 10 = 550 for periods 3–12, less 360 = 190.
    expect([p1!.date, p1!.schedule.length, p1!.schedule.at(-1)!.period, p1!.interestSaved.toFixed(2), p1!.prepayFee!.toFixed(2)]).toEqual(["2026-03-15", 8, 10, "190.00", "20.00"]);
  });

  it("2nd, after period 4, 3,000 reduce-payment: 3,000 over the 6 periods left, 500 each", () => {
    // After period 4 the 1st's schedule leaves 6,000; − 3,000 = 3,000 over periods 5–10:
    // 500 a month, interest 30, 25, 20, 15, 10, 5 = 105 against 60 + 50 + … + 10 = 210: saved 105. Fee 1% × 3,000 = 30.
    expect(p2!.schedule.map((r) => `${r.period}:${r.principal.toFixed(2)}+${r.interest.toFixed(2)}`)).toEqual(["5:500.00+30.00", "6:500.00+25.00", "7:500.00+20.00", "8:500.00+15.00", "9:500.00+10.00", "10:500.00+5.00"]);
    expect([p2!.interestSaved.toFixed(2), p2!.prepayFee!.toFixed(2)]).toEqual(["105.00", "30.00"]);
  });

  it("3rd, on 2026-06-25, pays off: 2,500 plus 10 days of interest", () => {
    // Period 5 (due 2026-06-15) leaves 2,500; 2500 × 12% ÷ 365 × 10 = 3000/365 = 8.219… → 8.22; payoff 2,508.22.
    // Saved: 25 + 20 + 15 + 10 + 5 = 75 less 8.22 = 66.78. Fee: 1% of the 2,500 of principal = 25.00.
    expect([p3!.afterPeriod, p3!.interestToDate.toFixed(2), p3!.payoff.toFixed(2), p3!.mode, p3!.interestSaved.toFixed(2), p3!.prepayFee!.toFixed(2)]).toEqual([5, "8.22", "2508.22", "full", "66.78", "25.00"]);
    // All saved: 190 + 105 + 66.78 = 361.78 = 780 − (230 + 150 + 30 + 8.22) interest really paid.
  });

  it("the effective rate is the IRR of the cash really paid, on the month grid", () => {
    // t=1: 1,120; t=2: 1,110 + 2,000 + 20; t=3: 1,080; t=4: 1,070 + 3,000 + 30; t=5: 530;
    // t = 5 + 10 × 12 / 365: 2,508.22 + 25.
    const i = floatIrr([
      { t: 0, amount: -12000 }, { t: 1, amount: 1120 }, { t: 2, amount: 3130 }, { t: 3, amount: 1080 },
      { t: 4, amount: 4100 }, { t: 5, amount: 530 }, { t: 5 + 120 / 365, amount: 2533.22 },
    ]);
    expect(effective.simple.toFixed(4)).toBe((1200 * i).toFixed(4));
    expect(effective.compound.toFixed(4)).toBe((100 * ((1 + i) ** 12 - 1)).toFixed(4));
    // The fees make it dearer than the 12% of the loan as quoted.
    expect(effective.simple.gt(q.annualizedRate)).toBe(true);
  });

  it("refuses two on one date, and anything after a payoff", () => {
    expect(() => prepayAll(q, [{ afterPeriod: 2, amount: "100" }, { date: "2026-03-15", amount: "100" }])).toThrow("two prepayments on 2026-03-15: give one, with the amounts added up");
    expect(() => prepayAll(q, [{ afterPeriod: 2 }, { afterPeriod: 3, amount: "100" }])).toThrow("the loan is paid off on 2026-03-15; nothing is left to prepay on 2026-04-15");
  });

  it("a date after a due-date prepayment starts from the balance that prepayment left (found by the property test)", () => {
    // After period 2 (2026-03-15): 10,000 − 2,000 = 8,000. 2026-03-25: 8000 × 12% × 10/365 = 9600/365 = 26.301… → 26.30.
    const [, second] = prepayAll(q, [{ afterPeriod: 2, amount: "2000" }, { date: "2026-03-25" }]).prepayments;
    expect([second!.interestToDate.toFixed(2), second!.payoff.toFixed(2)]).toEqual(["26.30", "8026.30"]);
  });

  it("two in one period: the second accrues only from the first", () => {
    // After period 1 (2026-02-15) 11,000 is owed. 2026-02-20: 5 days → 11000 × 12% × 5/365 = 18.08;
    // 1,018.08 paid leaves 10,000. 2026-02-25: 5 days on 10,000 → 6000/365 = 16.438… → 16.44.
    const [, second] = prepayAll(q, [{ date: "2026-02-20", amount: "1018.08" }, { date: "2026-02-25" }]).prepayments;
    expect([second!.interestToDate.toFixed(2), second!.payoff.toFixed(2)]).toEqual(["16.44", "10016.44"]);
  });
});

describe("flat-fee payoff", () => {
  // 12,000 at 0.6% a period over 12: 1,000 of principal and 72 of fee a month.
  const card = quote({ amount: "12000", method: "flat-fee", feeRate: "0.6", terms: 12, start: "2026-01-15" });

  it("remaining (card installments): the fees of periods 5–12 come with the payoff", () => {
    // After period 4: 8,000 of principal and 8 × 72 = 576 of fees not yet due.
    const p = prepay(card, { afterPeriod: 4 });
    expect([p.payoff.toFixed(2), p.feesCharged!.toFixed(2), p.flatFeePrepay, p.mode]).toEqual(["8576.00", "576.00", "remaining", "full"]);
  });

  it("waived (花呗): only the principal; mid-period, the period not yet due is waived too", () => {
    const p = prepay(card, { date: "2026-06-01", flatFee: "waived" });
    expect([p.afterPeriod, p.payoff.toFixed(2), p.feesCharged!.toFixed(2)]).toEqual([4, "8000.00", "0.00"]);
  });

  it("a partial prepayment of a flat-fee loan is refused", () => {
    expect(() => prepay(card, { afterPeriod: 4, amount: "1000" })).toThrow("a flat-fee loan is paid off whole");
  });
});
