import { describe, expect, it } from "vitest";
import {
  bulletRows,
  equalInstallmentPayment,
  equalInstallmentRows,
  equalPrincipalRows,
  flatFeeRows,
  interestOnlyRows,
  LoanInputError,
  monthlyRateOf,
  overdue,
  prepay,
  quote,
  type QuoteInput,
} from "../../src/index.js";

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

describe("one production path: integer 分", () => {
  // 100.001 CNY is a tenth of a 分 more than 100.00: not an amount of money.
  const r = monthlyRateOf("12");
  it.each([
    ["equalInstallmentPayment", () => equalInstallmentPayment("100.001", r, 3)],
    ["equalInstallmentRows", () => equalInstallmentRows("100.001", r, 3)],
    ["equalPrincipalRows", () => equalPrincipalRows("100.001", r, 3)],
    ["interestOnlyRows", () => interestOnlyRows("100.001", [r, r, r])],
    ["bulletRows", () => bulletRows("100.001", [r, r, r])],
    ["flatFeeRows", () => flatFeeRows("100.001", "3.6", 6)],
  ])("%s refuses an amount finer than a 分 on field amount", (_name, build) => {
    expect(loanError(build).field).toBe("amount");
  });

  it("a whole number of 分 is still amortized: 100 at 12% over 3 months pays 34.00 a month", () => {
    // A = 100 × 0.01 × 1.01³ / (1.01³ − 1) = 1.030301 / 0.030301 = 34.0022… → 34.00.
    expect(equalInstallmentPayment("100", r, 3).toFixed(2)).toBe("34.00");
  });
});

describe("quote's input is validated once, by the engine, with the CLI's rules", () => {
  it("flat-fee takes no apr, not even 0", () => {
    expect(loanError(() => quote({ ...flat, apr: "0" })).field).toBe("apr");
  });

  it("a method that charges interest needs an apr", () => {
    expect(loanError(() => quote({ ...base, apr: undefined })).field).toBe("apr");
  });

  it("flat-fee needs exactly one of feeRate and totalFeeRate (reported on method)", () => {
    expect(loanError(() => quote({ ...flat, feeRate: undefined })).field).toBe("method");
    expect(loanError(() => quote({ ...flat, totalFeeRate: "3.6" })).field).toBe("method");
  });

  it("financeFee needs an upfrontFee", () => {
    expect(loanError(() => quote({ ...base, financeFee: true })).field).toBe("financeFee");
  });

  it("a 0% loan is quoted when apr 0 is given: 12 × 833.33 + 0.04", () => {
    // round(10000 / 12) = 833.33; the last period takes 10000 − 11 × 833.33 = 833.37.
    const q = quote({ ...base, apr: "0" });
    expect(q.schedule.at(-1)?.payment.toFixed(2)).toBe("833.37");
  });
});
