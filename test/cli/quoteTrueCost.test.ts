import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const json = async (argv: string[]) => {
  const r = await runCli([...argv, "--format", "json"]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
};

describe("quote: true cost", () => {
  it("adds the disclosure fields and keeps every field of the first contract", async () => {
    const q = await json(["quote", "10000", "--apr", "12", "--start", "2026-01-15"]);
    expect(q).toMatchObject({
      amount: "10000.00",
      annualizedRate: "12.0001",
      interest: "monthly",
      annualizedRateCompound: "12.6826",
      fees: { upfront: "0.00", monthly: "0.00", total: "0.00" },
      netDisbursed: "10000.00",
      compliance: { cap: "24.0000", exceedsCap: false },
    });
    expect(q).not.toHaveProperty("prepayment");
    expect(q).not.toHaveProperty("overdue");
    expect(q.schedule[0]).not.toHaveProperty("fee");
  });

  it("daily interest (the issue's 30.33)", async () => {
    const q = await json(["quote", "1000", "--daily-rate", "0.05", "--terms", "3", "--method", "equal-principal", "--interest", "daily", "--start", "2026-04-15", "--product", "none"]);
    expect(q.schedule.map((r: { interest: string }) => r.interest)).toEqual(["15.00", "10.33", "5.00"]);
    expect([q.apr, q.interest, q.totals.interest]).toEqual(["18.2500", "daily", "30.33"]);
  });

  it("花呗 flat fee with a fee column and fee rates", async () => {
    const q = await json(["quote", "1111.11", "--method", "flat-fee", "--total-fee-rate", "4.5", "--terms", "6", "--product", "none", "--start", "2026-01-15"]);
    expect(q.schedule[0]).toMatchObject({ payment: "193.56", principal: "185.21", interest: "0.00", fee: "8.35" });
    expect([q.fees.installment, q.fees.total, q.totalFeeRate, q.feeRate, q.apr]).toEqual(["50.00", "50.00", "4.5000", "0.7500", "0.0000"]);
    const csv = await runCli(["quote", "1111.11", "--method", "等本等息", "--total-fee-rate", "4.5", "--terms", "6", "--product", "none", "--start", "2026-01-15", "--format", "csv"]);
    expect(csv.stdout.split("\r\n").slice(0, 2)).toEqual(["period,dueDate,payment,principal,interest,balance,fee", "1,2026-02-15,193.56,185.21,0.00,925.90,8.35"]);
  });

  it("fees: deducted, financed, monthly, percent or amount", async () => {
    const a = await json(["quote", "10000", "--apr", "12", "--upfront-fee", "1%", "--monthly-fee", "5", "--start", "2026-01-15"]);
    expect([a.netDisbursed, a.fees.upfront, a.fees.monthly, a.fees.total, a.fees.financed, a.schedule[0].fee, a.schedule[0].payment]).toEqual(["9900.00", "100.00", "5.00", "160.00", false, "5.00", "893.49"]);
    const b = await json(["quote", "10000", "--apr", "12", "--upfront-fee", "100", "--finance-fee", "--start", "2026-01-15"]);
    expect([b.amount, b.netDisbursed, b.fees.financed, b.schedule[0].payment]).toEqual(["10100.00", "10000.00", true, "897.37"]);
  });

  it("warns in the table when the comprehensive cost exceeds the cap", async () => {
    const r = await runCli(["quote", "10000", "--apr", "24", "--upfront-fee", "3%", "--lang", "en"]);
    // Excel/formulajs IRR([−9,700, 945.60 ×11, 945.55]) × 1200 = 29.9940%: 24% nominal plus 3% upfront.
    expect(r.stdout).toMatch(/WARNING: the comprehensive cost 29\.99% exceeds the 24\.00% cap/);
    const capped = await json(["quote", "10000", "--apr", "12", "--cap", "10"]);
    expect(capped.compliance).toEqual({ cap: "10.0000", exceedsCap: true });
    expect((await runCli(["quote", "10000", "--apr", "12", "--lang", "en"])).stdout).not.toMatch(/WARNING/);
  });

  it("prepayment: by period, by date, partial", async () => {
    const full = await json(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--prepay", "4"]);
    expect(full.prepayment).toEqual({ date: "2026-05-15", afterPeriod: 4, amount: "6798.42", payoff: "6798.42", interestToDate: "0.00", interestSaved: "309.48", mode: "full", schedule: [] });
    const onDate = await json(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--prepay-on", "2026-05-25"]);
    expect([onDate.prepayment.interestToDate, onDate.prepayment.payoff]).toEqual(["22.35", "6820.77"]);
    const part = await json(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--prepay", "4:3000", "--prepay-mode", "reduce-payment"]);
    expect([part.prepayment.mode, part.prepayment.schedule.length, part.prepayment.schedule[0].payment]).toEqual(["reduce-payment", 8, "496.42"]);
    const table = await runCli(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--prepay", "4:3000", "--lang", "en"]);
    expect(table.stdout).toMatch(/Prepayment on 2026-05-15 \(after 4 installments, shorter term\)/);
    // By hand: 3,798.42 left, kept at 888.49 a month: interest 37.98 + 29.48 + 20.89 + 12.21 + 3.45
    // = 104.01 instead of periods 5–12's 309.48, so 205.47 saved.
    expect(table.stdout).toMatch(/Interest saved: 205\.47/);
  });

  it("overdue penalty in JSON and table", async () => {
    const q = await json(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--overdue", "3:10"]);
    expect(q.overdue).toEqual({ period: 3, days: 10, penaltyRate: "18.0000", penalty: "4.38" });
    const two = await json(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--overdue", "3:10", "--penalty-multiplier", "2"]);
    expect(two.overdue.penaltyRate).toBe("24.0000");
  });
});
