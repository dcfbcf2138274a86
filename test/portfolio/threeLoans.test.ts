import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";

// A book of three loans, every figure worked out by hand. APR 12% → 1% a
// month; funding 6% a year → 0.5% of the balance at the start of each month;
// LGD 0.5; every approved applicant borrows its request; no prepayment, no
// cures; charge-off at 90 days past due; 10 CNY to book a loan.
//
// L1 30000 over 3 months, PD 0. Installment 300·1.01³/(1.01³−1) = 10200.6633 → 10200.66.
//   m1 interest 300.00, principal 9900.66, balance 20099.34
//   m2 interest 200.9934 → 200.99, principal 9999.67, balance 10099.67
//   m3 interest 100.9967 → 101.00, principal 10099.67 (clears), balance 0   → interest 601.99
//   funding 30000·0.005 = 150.00; 20099.34·0.005 = 100.4967 → 100.50; 10099.67·0.005 = 50.49835 → 50.50 → 301.00
// L2 12000 over 3 months, PD 1: h = 1, misses installment 1 (due mid-month 1), pays nothing.
//   15 days past due at the end of month 1 (1–30), 45 (31–60), 75 (61–90), charged off in month 4 (it reaches 90 days):
//   charge-off 12000, recovery 0.5·12000 = 6000, loss 6000; funding 60.00 in each of months 1–4 → 240.00.
//   Expected loss: LGD·P(default in month 1)·12000 = 0.5·1·12000 = 6000.
// L3 6000 over 6 months, PD 0. Installment 60·1.01⁶/(1.01⁶−1) = 1035.2902 → 1035.29.
//   interest 60.00, 50.2471 → 50.25, 40.3967 → 40.40, 30.4478 → 30.45, 20.3994 → 20.40, 10.2505 → 10.25 → 211.75
//   balances 5024.71, 4039.67, 3044.78, 2039.94, 1025.05, 0
//   funding 30.00, 25.12355 → 25.12, 20.19835 → 20.20, 15.2239 → 15.22, 10.1997 → 10.20, 5.12525 → 5.13 → 105.87
const write = tempWriter("suishendai-three-");
const ECONOMICS = { takeUp: 1, prepayRate: 0, pdMultiplier: 1, chargeOffDays: 90, cureRate: 0, vatRate: 0, costPerLoan: 10 };
// Funding is the policy's pricing.costOfFunds (6%), the rate its pricing assumes (the band's 12% stays the price).
const withFunding = extremePolicy(ECONOMICS) as { pricing: { costOfFunds: number } };
withFunding.pricing.costOfFunds = 6;
const policy = write("policy.json", JSON.stringify(withFunding));
const world = write("world.json", JSON.stringify(extremeWorld()));
const book = write("book.ndjson", [profile("L1", 700, { amount: 30000, terms: 3 }), profile("L2", 600, { amount: 12000, terms: 3 }), profile("L3", 700, { amount: 6000, terms: 6 })].join("\n"));

describe("portfolio: a book of three loans, checked by hand", () => {
  it("gives each month's balances, aging, charge-off, income and funding cost", async () => {
    const r = await runCli(["portfolio", book, "--policy", policy, "--world", world, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    // Horizon: the longest term (6) + the months to charge-off (90 days: 3).
    expect(result.horizon).toBe(9);
    const rows = result.books[0].months.map((m: Record<string, unknown>) => [m.month, m.active, m.outstanding, m.dpd1to30, m.dpd31to60, m.dpd61to90, m.dpd90plus, m.npl, m.chargeOffs, m.recoveries, m.interestIncome, m.fundingCost, m.netIncome]);
    expect(rows.slice(0, 8)).toEqual([
      // month 0: booked 30000 + 12000 + 6000; net = −3 · 10
      [0, 3, "48000.00", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "0.00", "0.00", "-30.00"],
      // 20099.34 + 12000 + 5024.71; interest 300 + 60; funding 150 + 60 + 30; net 360 − 240
      [1, 3, "37124.05", "12000.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "360.00", "240.00", "120.00"],
      // 10099.67 + 12000 + 4039.67; interest 200.99 + 50.25; funding 100.50 + 60 + 25.12; net 251.24 − 185.62
      [2, 3, "26139.34", "0.00", "12000.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "251.24", "185.62", "65.62"],
      // L1 paid off; 12000 + 3044.78 (L2 61–90 days past due: not yet an NPL); interest 101.00 + 40.40; funding 50.50 + 60 + 20.20
      [3, 2, "15044.78", "0.00", "0.00", "12000.00", "0.00", "0.0000", "0.00", "0.00", "141.40", "130.70", "10.70"],
      // L2 charged off; funding 15.22 + 60; net 30.45 − 75.22 − (12000 − 6000)
      [4, 1, "2039.94", "0.00", "0.00", "0.00", "0.00", "0.0000", "12000.00", "6000.00", "30.45", "75.22", "-6044.77"],
      [5, 1, "1025.05", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "20.40", "10.20", "10.20"],
      [6, 0, "0.00", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "10.25", "5.13", "5.12"],
      [7, 0, "0.00", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "0.00", "0.00", "0.00"],
    ]);
    expect(rows).toHaveLength(10);
    const t = result.books[0].totals;
    // interest 601.99 + 211.75 = 813.74; funding 301.00 + 240.00 + 105.87 = 646.87;
    // net 813.74 − 646.87 − 6000 − 30 = −5863.13; margin −5863.13/48000 = −0.122148;
    // Σ outstanding months 1–9 = 37124.05 + 26139.34 + 15044.78 + 2039.94 + 1025.05 = 81373.16:
    // no balance ever 90+ days past due (charged off at 90): NPL 0. The balances that bear funding are
    // each month's start: Σ outstanding months 0–8 = 48000 + 81373.16 = 129373.16, so
    // ROAA −5863.13·12/129373.16 = −0.543829 and the loss rate 6000·12/129373.16 = 0.556531.
    expect(t).toMatchObject({
      applicants: 3, valid: 3, approved: 3, approvalRate: "1.0000", booked: 3, takeUpRate: "1.0000",
      bookedAmount: "48000.00", expectedLoss: "6000.00", simulatedLoss: "6000.00", defaults: 1,
      chargeOffs: "12000.00", recoveries: "6000.00", interestIncome: "813.74", fundingCost: "646.87", bookingCost: "30.00",
      netIncome: "-5863.13", peakNpl: "0.0000", peakNplMonth: 0, steadyStateNpl: "0.0000", netMargin: "-0.1221", returnOnAverageAssets: "-0.5438", lossRate: "0.5565", vat: "0.00", operatingCost: "0.00",
    });
    // One band: mean PD (0 + 1 + 0)/3.
    expect(result.books[0].bands).toEqual([{ band: "A", approved: 3, booked: 3, bookedAmount: "48000.00", meanPd: "0.3333", worldPd: "0.3333", calibrationGap: "0.0000", defaultRate: "0.3333", expectedLoss: "6000.00", simulatedLoss: "6000.00", interestIncome: "813.74", netIncome: "-5863.13", netMargin: "-0.1221", lossRate: "0.5565" }]);
  });

  it("writes one outcome line per booked loan: the default month and the loss", async () => {
    const outcomes = write("outcomes.ndjson", "");
    const r = await runCli(["portfolio", book, "--policy", policy, "--world", world, "--format", "json", "--outcomes", outcomes]);
    expect(r.code).toBe(0);
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync(outcomes, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.band, l.amount, l.terms, l.defaulted, l.defaultMonth, l.loss, l.apr])).toEqual([
      ["L1", "A", "30000.00", 3, 0, null, "0.00", "12.0000"],
      ["L2", "A", "12000.00", 3, 1, 4, "6000.00", "12.0000"],
      ["L3", "A", "6000.00", 6, 0, null, "0.00", "12.0000"],
    ]);
    expect(lines[1].pd).toBe("1.0000000000");
    expect(lines[0].pd).toBe("0.0000000000");
  });
});
