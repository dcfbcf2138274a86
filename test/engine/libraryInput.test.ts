import { describe, expect, it } from "vitest";
import { LoanInputError, overdue, prepay, quote, type QuoteInput } from "../../src/index.js";

const base: QuoteInput = { amount: "10000", apr: "12", terms: 12, start: "2026-01-15" };
const flat: QuoteInput = { amount: "10000", terms: 6, method: "flat-fee", feeRate: "0.6", start: "2026-01-15" };

/** The LoanInputError `fn` throws (failing the test when it throws anything else). */
function loanError(fn: () => unknown): LoanInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LoanInputError);
    return error as LoanInputError;
  }
  throw new Error("expected a LoanInputError");
}

describe("the library refuses non-numbers with LoanInputError naming the field", () => {
  const bad = (v: unknown) => v as never;
  it.each([
    ["amount", { ...base, amount: "abc" }],
    ["amount", { ...base, amount: bad(null) }],
    ["amount", { ...base, amount: Number.NaN }],
    ["amount", { ...base, amount: "Infinity" }],
    ["amount", { ...base, amount: "1e100000" }],
    ["apr", { ...base, apr: "twelve" }],
    ["apr", { ...base, apr: Number.NaN }],
    ["terms", { ...base, terms: bad("12") }],
    ["terms", { ...base, terms: 1.5 }],
    ["feeRate", { ...flat, feeRate: "x" }],
    ["totalFeeRate", { ...flat, feeRate: undefined, totalFeeRate: "x" }],
    ["upfrontFee", { ...base, upfrontFee: { amount: "x" } }],
    ["upfrontFee", { ...base, upfrontFee: { percent: "x" } }],
    ["upfrontFee", { ...base, upfrontFee: bad({}) }],
    ["monthlyFee", { ...base, monthlyFee: { amount: bad(undefined) } }],
    ["cap", { ...base, cap: "high" }],
    ["start", { ...base, start: "9999-12-31" }],
  ] as [string, QuoteInput][])("%s: %j", (field, input) => {
    const e = loanError(() => quote(input));
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
    expect(e.message.length).toBeLessThan(200);
  });

  it("prepay and overdue check their numbers too", () => {
    const q = quote(base);
    expect(loanError(() => prepay(q, { afterPeriod: 4, amount: "abc" })).field).toBe("prepay");
    expect(loanError(() => prepay(q, { afterPeriod: 4, amount: "-5" })).field).toBe("prepay");
    expect(loanError(() => overdue(q, 3, 10, "abc")).field).toBe("penaltyMultiplier");
  });
});

describe("fees cannot exceed the loan amount", () => {
  it.each([
    ["monthlyFee", { ...base, monthlyFee: { amount: "1e20" } }],
    ["monthlyFee", { ...base, monthlyFee: { amount: "10000.01" } }],
    ["upfrontFee", { ...base, upfrontFee: { amount: "10000.01" }, financeFee: true }],
  ] as [string, QuoteInput][])("%s: %j", (field, input) => {
    const e = loanError(() => quote(input));
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/at most the loan amount 10000.00/);
  });

  it("a monthly fee equal to the amount is allowed (the documented maximum)", () => {
    // 10000 principal + 12 × 10000 fees = 130000 repaid in total.
    const q = quote({ ...base, apr: "0", monthlyFee: { amount: "10000" } });
    expect(q.totals.payment.toFixed(2)).toBe("130000.00");
  });

  it("the financed principal stays within 1,000,000,000", () => {
    const e = loanError(() => quote({ ...base, amount: "1000000000", upfrontFee: { amount: "1" }, financeFee: true }));
    expect(e.field).toBe("upfrontFee");
  });
});
