import * as formulajs from "@formulajs/formulajs";
import { describe, expect, it } from "vitest";
import { quote } from "../../src/engine/quote.js";
import { runCli } from "../cli/runCli.js";

const { PMT } = formulajs as unknown as { PMT(rate: number, nper: number, pv: number): number };
const json = async (argv: string[]) => JSON.parse((await runCli([...argv, "--product", "none", "--format", "json", "--start", "2026-01-15"])).stdout);

describe("numerical edges", () => {
  it("1,000,000,000 at 100% over 360 months: the installment is PMT's, exact to the 分", () => {
    const q = quote({ amount: "1000000000", apr: "100", terms: 360, start: "2026-01-15" });
    // PMT(100%/12, 360, −1e9) = 83,333,333.33… (the balance barely moves: r^360 is huge)
    expect(q.schedule[0]!.payment.toFixed(2)).toBe((Math.round(PMT(1 / 12, 360, -1e9) * 100) / 100).toFixed(2));
    expect(q.totals.principal.toFixed(2)).toBe("1000000000.00");
    expect(q.schedule.at(-1)!.balance.toFixed(2)).toBe("0.00");
  });

  it("0.01 CNY: interest rounds to 0.00 every period and the IRR prints as 0.0000, not -0.0000", async () => {
    const q = await json(["quote", "0.01", "--apr", "100", "--terms", "360"]);
    expect(q.totals.interest).toBe("0.00");
    expect([q.annualizedRate, q.annualizedRateCompound]).toEqual(["0.0000", "0.0000"]);
    expect(q.schedule.at(-1).principal).toBe("0.01");
  });

  it("0% over 1 term pays the amount back once; IRR 0", async () => {
    const q = await json(["quote", "123.45", "--apr", "0", "--terms", "1"]);
    expect([q.schedule.length, q.schedule[0].payment, q.annualizedRate]).toEqual([1, "123.45", "0.0000"]);
  });

  it("100% over 1 term: interest 1/12 of the amount; IRR exactly the APR", async () => {
    const q = await json(["quote", "1200", "--apr", "100", "--terms", "1"]);
    expect([q.schedule[0].interest, q.annualizedRate]).toEqual(["100.00", "100.0000"]);
  });

  it("a fee that leaves 0.01 paid out gives a huge but finite IRR, plainly written", async () => {
    const q = await json(["quote", "1000000000", "--apr", "100", "--terms", "1", "--upfront-fee", "999999999.99"]);
    // i = 1,083,333,333.33 / 0.01 − 1 a month; × 12 × 100 in percent
    expect(q.annualizedRate).toBe("129999999998400.0000");
    expect(q.annualizedRateCompound).toMatch(/^\d+\.\d{4}$/);
    expect(q.compliance.exceedsCap).toBe(true);
  });

  it("360 periods of daily interest at 100% never let a balance grow", () => {
    const q = quote({ amount: "1000000", apr: "100", terms: 360, interest: "daily", start: "2026-01-31" });
    let before = q.amount;
    for (const row of q.schedule) {
      expect(row.balance.lte(before)).toBe(true);
      before = row.balance;
    }
    expect(before.isZero()).toBe(true);
  });
});
