import { describe, expect, it } from "vitest";
import { annualizeMonthly, IrrError, periodicIrr } from "../../src/engine/irr.js";
import { quote } from "../../src/engine/quote.js";

describe("IRR", () => {
  it("reproduces the PBoC 2021 No.3 example: 12.80% simple, 13.58% compound", () => {
    // 100,000 lent, 1,000 fee taken upfront, 12 payments of 8,833.30.
    const i = periodicIrr(["-99000", ...Array(12).fill("8833.30")]);
    const { simple, compound } = annualizeMonthly(i);
    expect(simple.times(100).toFixed(2)).toBe("12.80");
    expect(compound.times(100).toFixed(2)).toBe("13.58");
  });

  it("gives back 1% a month for a single flow that grows by 1%", () => {
    expect(periodicIrr(["-100", "101"]).toFixed(12)).toBe("0.010000000000");
  });

  it("is 0 when the repayments equal the amount", () => {
    expect(periodicIrr(["-300", "100", "100", "100"]).abs().lt("1e-20")).toBe(true);
  });

  it("finds a negative rate when less is repaid than lent", () => {
    // −100 then 90 a period later: 90/100 − 1 = −10%.
    expect(periodicIrr(["-100", "90"]).toFixed(10)).toBe("-0.1000000000");
  });

  it("throws a typed error, not NaN, when the flows never change sign", () => {
    expect(() => periodicIrr(["100", "100"])).toThrow(IrrError);
    expect(() => periodicIrr(["-100", "0"])).toThrow(IrrError);
  });

  it("terminates on an extreme rate (falls back from Newton)", () => {
    // Lend 1, get 1,000,000 back next month: i = 999,999.
    expect(periodicIrr(["-1", "1000000"], "0.001").toFixed(3)).toBe("999999.000");
  });

  it("gives the spec's 12.0001% for 10,000 at 12% over 12 months", () => {
    const q = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" });
    expect(q.annualizedRate.toFixed(4)).toBe("12.0001");
    expect(q.annualizedRateCompound.toFixed(4)).toBe("12.6826");
  });
});
