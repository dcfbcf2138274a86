import { describe, expect, it } from "vitest";
import { quote } from "../../src/engine/quote.js";
import type { Method } from "../../src/engine/methods/index.js";

// Independent figures. 12%/12: the published bank-calculator figures.
// The rest: a separate Python `decimal` implementation of the spec's rules,
// run by hand on 2026-11-25 (script in the commit message of this test); the
// 7.3%/12 installment also matches Excel PMT(0.073/12,12,-10000) = 866.65 and
// the spec's own compare example (total 10,399.82).
const cases: [string, string, number, Method, string, string, string][] = [
  // amount, apr, terms, method, first payment, total interest, last payment
  ["10000", "12", 12, "equal-installment", "888.49", "661.86", "888.47"],
  ["10000", "12", 12, "equal-principal", "933.33", "650.00", "841.70"],
  ["10000", "12", 3, "equal-installment", "3400.22", "200.67", "3400.23"],
  ["10000", "7.3", 3, "equal-installment", "3373.97", "121.91", "3373.97"],
  ["10000", "7.3", 12, "equal-installment", "866.65", "399.82", "866.67"],
  ["10000", "7.3", 3, "equal-principal", "3394.16", "121.67", "3353.62"],
  ["10000", "7.3", 12, "equal-principal", "894.16", "395.43", "838.44"],
  ["10000", "24", 3, "equal-installment", "3467.55", "402.64", "3467.54"],
  ["10000", "24", 12, "equal-installment", "945.60", "1347.15", "945.55"],
  ["10000", "24", 3, "equal-principal", "3533.33", "400.00", "3400.01"],
  ["10000", "24", 12, "equal-principal", "1033.33", "1300.00", "850.04"],
  ["10000", "0", 3, "equal-installment", "3333.33", "0.00", "3333.34"],
  ["10000", "0", 12, "equal-installment", "833.33", "0.00", "833.37"],
  ["10000", "0", 12, "equal-principal", "833.33", "0.00", "833.37"],
  ["50000", "24", 12, "equal-installment", "4727.98", "6735.76", "4727.98"],
  ["5000", "7.3", 3, "equal-installment", "1686.99", "60.96", "1686.98"],
];

describe("schedules against independent figures", () => {
  it.each(cases)("%s at %s%% over %i terms, %s", (amount, apr, terms, method, first, interest, last) => {
    const q = quote({ amount, apr, terms, method, start: "2026-01-15" });
    expect(q.schedule[0]?.payment.toFixed(2)).toBe(first);
    expect(q.totals.interest.toFixed(2)).toBe(interest);
    expect(q.schedule[terms - 1]?.payment.toFixed(2)).toBe(last);
    expect(q.totals.principal.toFixed(2)).toBe(new Number(amount).toFixed(2));
  });

  it("gives the issue's first row of 10,000 at 12% over 12 months", () => {
    const row = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" }).schedule[0];
    // 10,000 × 1% = 100.00 interest; 888.49 − 100.00 = 788.49 principal
    expect([row?.dueDate, row?.interest.toFixed(2), row?.principal.toFixed(2), row?.balance.toFixed(2)]).toEqual(["2026-02-15", "100.00", "788.49", "9211.51"]);
  });

  it("caps the principal at the balance when a few 分 are spread thin", () => {
    // 0.05 over 9 terms at 0%: round(0.05/9) = 0.01, so 0.01 × 5 periods then nothing.
    const q = quote({ amount: "0.05", apr: "0", terms: 9, method: "equal-principal", start: "2026-01-15" });
    expect(q.schedule.map((r) => r.principal.toFixed(2))).toEqual(["0.01", "0.01", "0.01", "0.01", "0.01", "0.00", "0.00", "0.00", "0.00"]);
    expect(q.schedule.every((r) => r.balance.gte(0))).toBe(true);
  });
});
