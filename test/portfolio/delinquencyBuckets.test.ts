import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";

// One loan of 12,000 over 12 months at 12% that never pays (world PD 1):
// installment 1 falls due mid-month 1, so at the end of month 1 the loan is
// 15 days past due (1–30), then 45 (31–60), 75 (61–90), 105, 135 and 165
// (90+: non-performing, its default in month 4), and in month 7 it reaches
// 180 days and is charged off (default chargeOffDays). Before: "M3+" from
// the third month (60 days past due) and charged off at 150 days.
const write = tempWriter("suishendai-dpd-");
const world = write("world.json", JSON.stringify(extremeWorld()));
const book = write("one.ndjson", profile("late", 600, { amount: 12000, terms: 12 }));
const run = async (economics: Record<string, unknown>, outcomes?: string) => {
  const policy = write("policy.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0, vatRate: 0, costPerLoan: 0, ...economics })));
  const r = await runCli(["portfolio", book, "--policy", policy, "--world", world, "--format", "json", ...(outcomes ? ["--outcomes", outcomes] : [])]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout).books[0];
};
const cells = (m: Record<string, string>) => [m.outstanding, m.dpd1to30, m.dpd31to60, m.dpd61to90, m.dpd90plus, m.npl, m.chargeOffs];

describe("portfolio: delinquency buckets by days past due", () => {
  it("one loan missing its first installment: each bucket in its month, NPL from 90+, charge-off at 180 days", async () => {
    const outcomes = write("outcomes.ndjson", "");
    const b = await run({ cureRate: 0 }, outcomes);
    expect(b.months.slice(0, 9).map(cells)).toEqual([
      ["12000.00", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00"],
      ["12000.00", "12000.00", "0.00", "0.00", "0.00", "0.0000", "0.00"], // 15 days
      ["12000.00", "0.00", "12000.00", "0.00", "0.00", "0.0000", "0.00"], // 45
      ["12000.00", "0.00", "0.00", "12000.00", "0.00", "0.0000", "0.00"], // 75
      ["12000.00", "0.00", "0.00", "0.00", "12000.00", "1.0000", "0.00"], // 105: non-performing
      ["12000.00", "0.00", "0.00", "0.00", "12000.00", "1.0000", "0.00"], // 135
      ["12000.00", "0.00", "0.00", "0.00", "12000.00", "1.0000", "0.00"], // 165
      ["0.00", "0.00", "0.00", "0.00", "0.00", "0.0000", "12000.00"], // 180 reached: charged off
      ["0.00", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00"],
    ]);
    expect(b.months[7].recoveries).toBe("6000.00"); // LGD 0.5
    const line = JSON.parse(readFileSync(outcomes, "utf8"));
    expect([line.defaulted, line.defaultMonth]).toEqual([1, 4]);
  });

  it("chargeOffDays moves the charge-off: 120 days are reached in month 5 (105 at the end of month 4)", async () => {
    const b = await run({ cureRate: 0, chargeOffDays: 120 });
    expect(b.months.map((m: Record<string, string>) => m.chargeOffs).indexOf("12000.00")).toBe(5);
  });

  it("a cure pays every installment in arrears and the loan is current again", async () => {
    // Installment 1066.19 (12000 · 0.01 · 1.01¹² ÷ (1.01¹² − 1) = 1066.1854); month 1 interest 120.00,
    // principal 946.19 → 11053.81; month 2 interest 110.5381 → 110.54, principal 955.65 → 10098.16.
    // cureRate 1: missed in month 1, cured at 45 days (month 2) paying both; missed again in month 3.
    const b = await run({ cureRate: 1 });
    expect(cells(b.months[2])).toEqual(["10098.16", "0.00", "0.00", "0.00", "0.00", "0.0000", "0.00"]);
    expect(b.months[2].interestIncome).toBe("230.54");
    expect(b.months[1].interestIncome).toBe("0.00");
    expect(b.months[3].interestIncome).toBe("0.00");
    expect(b.totals.simulatedLoss).toBe("0.00"); // every arrear cured: the loan is repaid
  });
});
