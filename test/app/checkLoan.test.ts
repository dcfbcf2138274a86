import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { PRODUCTS } from "../../src/engine/products.js";
import { checkLoanRequest, checkLoanTerms } from "../../src/app/checkLoan.js";
import { FieldError, FIELD_NAMES, sayWords } from "../../src/app/fieldError.js";
import type { LoanRequest } from "../../src/app/loanRequest.js";

const loan = (over: Partial<LoanRequest> = {}): LoanRequest => ({ amount: new Decimal(10000), apr: new Decimal(12), terms: 12, start: "2026-01-15", ...over });

/** The FieldError a loan is refused with, as plain data. */
function refusal(request: LoanRequest, product = PRODUCTS.suishendai): { field: string; code: string; limit?: unknown; got?: string; line: string } {
  try {
    checkLoanRequest(request, product);
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    return { field: error.field, code: error.code, ...(error.limit ? { limit: error.limit } : {}), ...(error.got === undefined ? {} : { got: error.got }), line: sayWords(error.words, FIELD_NAMES) };
  }
  throw new Error("not refused");
}

describe("checkLoanRequest: one validation, structured errors", () => {
  it("a valid loan passes, for either product", () => {
    expect(() => checkLoanRequest(loan(), PRODUCTS.suishendai)).not.toThrow();
    expect(() => checkLoanRequest(loan({ amount: new Decimal("0.01"), apr: new Decimal(0) }), PRODUCTS.none)).not.toThrow();
  });

  it("the product's APR range: field apr, code range, the limit and the value got", () => {
    expect(refusal(loan({ apr: new Decimal(36) }))).toMatchObject({ field: "apr", code: "range", limit: { min: "7.3", max: "24" }, got: "36" });
    // product none's range is the engine's wide one: 0 to 100
    expect(refusal(loan({ apr: new Decimal(150) }), PRODUCTS.none)).toMatchObject({ field: "apr", code: "range", limit: { min: "0", max: "100" }, got: "150" });
  });

  it("a daily rate is checked as the APR it makes and reported as the daily rate: 0.1% × 365 = 36.5%; 7.3 ÷ 365 = 0.02, 24 ÷ 365 = 0.0657534…", () => {
    const r = refusal(loan({ apr: new Decimal("36.5"), rateField: "dailyRate" }));
    expect(r).toMatchObject({ field: "dailyRate", code: "range", limit: { min: "0.02", max: "0.0657534" }, got: "0.1 (an APR of 36.5%)" });
  });

  it("amount and terms outside the product", () => {
    expect(refusal(loan({ amount: new Decimal(100) }))).toMatchObject({ field: "amount", code: "range", limit: { min: "5000", max: "50000" }, got: "100" });
    expect(refusal(loan({ terms: 24 }))).toMatchObject({ field: "terms", code: "range", limit: { min: "3", max: "12" }, got: "24" });
  });

  it("the financed fee: one maximum, the product's: 50,000 + 200 = 50,200.00 > 50,000; for none 999,999,999 + 200 > 1,000,000,000", () => {
    const fee = { upfrontFee: { amount: new Decimal(200) }, financeFee: true };
    expect(refusal(loan({ amount: new Decimal(50000), ...fee }))).toMatchObject({ field: "amount", code: "financed-principal", limit: { max: "50000" }, got: "50200.00" });
    expect(refusal(loan({ amount: new Decimal(999999999), ...fee }), PRODUCTS.none)).toMatchObject({ field: "amount", code: "financed-principal", limit: { max: "1000000000" }, got: "1000000199.00" });
    expect(() => checkLoanRequest(loan({ amount: new Decimal(49800), ...fee }), PRODUCTS.suishendai)).not.toThrow(); // 49,800 + 200 = 50,000 exactly
  });

  it("the method's rules: apr required for interest, not taken by flat-fee; one fee rate", () => {
    expect(refusal(loan({ apr: undefined }))).toMatchObject({ field: "apr", code: "required" });
    expect(refusal(loan({ method: "flat-fee", feeRate: new Decimal(1) }), PRODUCTS.none)).toMatchObject({ field: "apr", code: "not-for-method" });
    expect(refusal(loan({ method: "flat-fee", apr: undefined }), PRODUCTS.none)).toMatchObject({ field: "method", code: "one-fee-rate" });
    expect(refusal(loan({ feeRate: new Decimal(1) }))).toMatchObject({ field: "feeRate", code: "not-for-method", line: "feeRate: applies to method flat-fee only" });
    expect(refusal(loan({ method: "bullet" }))).toMatchObject({ field: "method", code: "product-method", got: "bullet" });
  });

  it("fees against the amount, the cap, the dates", () => {
    expect(refusal(loan({ upfrontFee: { amount: new Decimal(20000) } }), PRODUCTS.none)).toMatchObject({ field: "upfrontFee", code: "range", limit: { max: "10000.00" }, got: "20000" });
    expect(refusal(loan({ upfrontFee: { amount: new Decimal(10000) } }), PRODUCTS.none)).toMatchObject({ field: "upfrontFee", code: "no-payout", got: "10000.00" });
    expect(refusal(loan({ monthlyFee: { percent: new Decimal(101) } }))).toMatchObject({ field: "monthlyFee", code: "range", limit: { min: "0", max: "100" }, got: "101" });
    expect(refusal(loan({ cap: new Decimal(2000) }))).toMatchObject({ field: "cap", code: "range", limit: { min: "0", max: "1000" }, got: "2000" });
    expect(refusal(loan({ start: "9999-12-31" }))).toMatchObject({ field: "start", code: "too-late", limit: { max: "9999-12-31" } });
    expect(refusal(loan({ minFirstDays: 20 }))).toMatchObject({ field: "minFirstDays", code: "needs", line: "minFirstDays: needs dueDay" });
  });

  it("the library's message names the field as the library spells it", () => {
    expect(refusal(loan({ financeFee: true })).line).toBe("financeFee: needs upfrontFee");
  });

  it("checkLoanTerms (what --payment checks before it searches) needs no amount or start", () => {
    const { amount: _a, start: _s, ...terms } = loan({ terms: 24 });
    expect(() => checkLoanTerms(terms, PRODUCTS.suishendai)).toThrow(FieldError);
    expect(() => checkLoanTerms({ ...terms, terms: 12 }, PRODUCTS.suishendai)).not.toThrow();
  });
});
