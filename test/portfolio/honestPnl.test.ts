import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";

// The three loans of threeLoans.test.ts (L1 30000/3 months and L3 6000/6 pay,
// L2 12000/3 never does; 12% APR; LGD 0.5; charge-off at 90 days; 10 CNY a
// loan), now with the whole P&L, every figure by hand:
// - funding: the policy's pricing.costOfFunds 6% (the one cost of funds: no
//   economics.fundingRate any more) = 0.5% of each month's starting balance → 646.87 as before;
// - operating cost: pricing.opex 2.4% = 0.2% of each month's starting balance, per loan, half-up:
//   L1 60.00 + 40.20 (20099.34·0.002 = 40.19868) + 20.20 (20.19934) = 120.40; L2 24.00 × 4 = 96.00;
//   L3 12.00 + 10.05 (10.04942) + 8.08 (8.07934) + 6.09 (6.08956) + 4.08 (4.07988) + 2.05 (2.0501) = 42.35 → 258.75;
// - VAT 6% inside the interest: interest × 6/106 per loan-month, half-up:
//   L1 300.00 → 16.98, 200.99 → 11.38 (11.37679), 101.00 → 5.72 (5.71698);
//   L3 60.00 → 3.40 (3.39623), 50.25 → 2.84, 40.40 → 2.29, 30.45 → 1.72, 20.40 → 1.15, 10.25 → 0.58 → 46.06;
// - net = 813.74 − 46.06 − 646.87 − 258.75 − 6000.00 − 30.00 = −6167.94;
// - ROAA on the balances that earn and bear funding (each month's start, month 0's 48000 included):
//   −6167.94·12 ÷ 129373.16 = −0.572107; the loss rate 6000·12 ÷ 129373.16 = 0.556531.
// Before: no operating cost, no VAT, funding at economics.fundingRate (3.5% by default, while
// pricing assumed 3%), and ROAA over months 1.. (month 0's balance left out).
const write = tempWriter("suishendai-pnl-");
const policy = extremePolicy({ takeUp: 1, prepayRate: 0, pdMultiplier: 1, chargeOffDays: 90, cureRate: 0, vatRate: 0.06, costPerLoan: 10 }) as { pricing: Record<string, number> };
Object.assign(policy.pricing, { costOfFunds: 6, opex: 2.4 });
const files = {
  policy: write("policy.json", JSON.stringify(policy)),
  world: write("world.json", JSON.stringify(extremeWorld())),
  book: write("book.ndjson", [profile("L1", 700, { amount: 30000, terms: 3 }), profile("L2", 600, { amount: 12000, terms: 3 }), profile("L3", 700, { amount: 6000, terms: 6 })].join("\n")),
};

describe("portfolio: an honest P&L, a 3-loan book by hand", () => {
  it("funding at pricing.costOfFunds, opex on the average balance, VAT on interest, ROAA and loss rate on funded balances", async () => {
    const r = await runCli(["portfolio", files.book, "--policy", files.policy, "--world", files.world, "--format", "json"]);
    expect(r.stderr).toBe("");
    const book = JSON.parse(r.stdout).books[0];
    expect(book.totals).toMatchObject({
      interestIncome: "813.74", vat: "46.06", fundingCost: "646.87", operatingCost: "258.75", bookingCost: "30.00",
      simulatedLoss: "6000.00", netIncome: "-6167.94", returnOnAverageAssets: "-0.5721", lossRate: "0.5565", steadyStateNpl: "0.0000",
    });
    // Month 1: interest 300 + 60; VAT 16.98 + 3.40; funding 150 + 60 + 30; opex 60 + 24 + 12; net 360 − 20.38 − 240 − 96 = 3.62.
    expect(book.months[1]).toMatchObject({ interestIncome: "360.00", vat: "20.38", fundingCost: "240.00", operatingCost: "96.00", netIncome: "3.62" });
    expect(book.bands[0]).toMatchObject({ netIncome: "-6167.94", lossRate: "0.5565" });
  });
});
