import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";

// One customer who never defaults (world PD 0) borrows 6,000 over 3 months at
// 12%: installment 60 · 1.01³ ÷ (1.01³ − 1) = 2040.1335 → 2040.13; interest
// 60.00, then 4019.87 · 0.01 = 40.1987 → 40.20, then 2019.94 · 0.01 = 20.1994 → 20.20:
// 120.40 a loan. No funding, opex or VAT; 10 CNY to book a loan.
// reborrowRate 1, lifetimeMonths 4: loan 1 runs months 0–3 and is repaid in
// month 3 (3 < 4), so loan 2 is booked in month 3 and runs to month 6 (6 ≥ 4:
// no third). Lifetime value = 2 · 120.40 − 2 · 10 = 220.80; ÷ the 10 CNY of
// acquiring the customer = 22.08×.
const write = tempWriter("suishendai-clv-");
const world = write("world.json", JSON.stringify(extremeWorld()));
const book = write("one.ndjson", profile("C1", 700, { amount: 6000, terms: 3 }));
const run = async (economics: Record<string, unknown>) => {
  const policy = write("policy.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0, vatRate: 0, costPerLoan: 10, ...economics })));
  const r = await runCli(["portfolio", book, "--policy", policy, "--world", world, "--format", "json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
};

describe("portfolio: customer lifetime value with re-borrowing", () => {
  it("one customer who re-borrows once: two loans, lifetime value by hand", async () => {
    const out = await run({ reborrowRate: 1, lifetimeMonths: 4 });
    const t = out.books[0].totals;
    expect([t.customers, t.booked, t.bookedAmount, t.interestIncome, t.bookingCost, t.netIncome]).toEqual([1, 2, "12000.00", "240.80", "20.00", "220.80"]);
    expect([t.lifetimeValue, t.lifetimeValueToAcquisition, t.takeUpRate]).toEqual(["220.80", "22.0800", "1.0000"]);
    // Loan 2 is booked in month 3, the month loan 1 is repaid.
    expect(out.books[0].months.slice(0, 7).map((m: { outstanding: string }) => m.outstanding)).toEqual(["6000.00", "4019.87", "2019.94", "6000.00", "4019.87", "2019.94", "0.00"]);
    // The horizon: lifetime 4 + the longest term 3 + 6 months to charge-off.
    expect(out.horizon).toBe(13);
  });

  it("without re-borrowing (the default) a customer is one loan", async () => {
    const t = (await run({})).books[0].totals;
    expect([t.customers, t.booked, t.netIncome, t.lifetimeValue, t.lifetimeValueToAcquisition]).toEqual([1, 1, "110.40", "110.40", "11.0400"]);
  });
});
