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
  quote,
  type QuoteInput,
} from "../../src/index.js";

const base: QuoteInput = { amount: "10000", apr: "12", terms: 12, start: "2026-01-15" };
const flat: QuoteInput = { amount: "10000", terms: 6, method: "flat-fee", feeRate: "0.6", start: "2026-01-15" };

/** The field of the LoanInputError `fn` throws. */
function failedField(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LoanInputError);
    return (error as LoanInputError).field;
  }
  throw new Error("expected a LoanInputError");
}

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
    expect(failedField(build)).toBe("amount");
  });

  it("a whole number of 分 is still amortized: 100 at 12% over 3 months pays 34.00 a month", () => {
    // A = 100 × 0.01 × 1.01³ / (1.01³ − 1) = 1.030301 / 0.030301 = 34.0022… → 34.00.
    expect(equalInstallmentPayment("100", r, 3).toFixed(2)).toBe("34.00");
  });
});

describe("quote's input is validated once, by the engine, with the CLI's rules", () => {
  it("flat-fee takes no apr, not even 0", () => {
    expect(failedField(() => quote({ ...flat, apr: "0" }))).toBe("apr");
  });

  it("a method that charges interest needs an apr", () => {
    expect(failedField(() => quote({ ...base, apr: undefined }))).toBe("apr");
  });

  it("flat-fee needs exactly one of feeRate and totalFeeRate (reported on method)", () => {
    expect(failedField(() => quote({ ...flat, feeRate: undefined }))).toBe("method");
    expect(failedField(() => quote({ ...flat, totalFeeRate: "3.6" }))).toBe("method");
  });

  it("financeFee needs an upfrontFee", () => {
    expect(failedField(() => quote({ ...base, financeFee: true }))).toBe("financeFee");
  });

  it("a 0% loan is quoted when apr 0 is given: 12 × 833.33 + 0.04", () => {
    // round(10000 / 12) = 833.33; the last period takes 10000 − 11 × 833.33 = 833.37.
    const q = quote({ ...base, apr: "0" });
    expect(q.schedule.at(-1)?.payment.toFixed(2)).toBe("833.37");
  });
});
