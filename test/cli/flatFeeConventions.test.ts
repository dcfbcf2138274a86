import { describe, expect, it } from "vitest";
import { quote } from "../../src/engine/quote.js";
import { runCli } from "./runCli.js";

describe("--principal-rounding truncate: 招商银行's own example", () => {
  // 100,000 over 24 periods: 100000 / 24 = 4,166.666…, truncated to 4,166.66 a period;
  // 23 × 4,166.66 = 95,833.18, so the last period repays 100,000 − 95,833.18 = 4,166.82.
  // (half-up would give 4,166.67 × 23 = 95,833.41 and a last 4,166.59.)
  const loan = { amount: "100000", method: "flat-fee", feeRate: "0.75", terms: 24, start: "2026-01-15", feeResidual: "last" } as const;

  it("the engine takes the rounding as a value: 4,166.66 × 23 + 4,166.82", () => {
    const q = quote({ ...loan, principalRounding: "truncate" });
    expect(new Set(q.schedule.slice(0, 23).map((r) => r.principal.toFixed(2)))).toEqual(new Set(["4166.66"]));
    expect([q.schedule[23]?.principal.toFixed(2), q.totals.principal.toFixed(2), q.principalRounding]).toEqual(["4166.82", "100000.00", "truncate"]);
    const halfUp = quote({ ...loan, principalRounding: "half-up" });
    expect([halfUp.schedule[0]?.principal.toFixed(2), halfUp.schedule[23]?.principal.toFixed(2)]).toEqual(["4166.67", "4166.59"]);
  });

  it("quote --principal-rounding truncate prints it, labelled in en and zh, and in JSON", async () => {
    const args = ["quote", "100000", "--method", "flat-fee", "--fee-rate", "0.75", "--terms", "24", "--fee-residual", "last", "--principal-rounding", "truncate", "--product", "none", "--start", "2026-01-15"];
    const en = await runCli([...args, "--lang", "en"]);
    expect(en.stdout).toContain("│     24 │ 2028-01-15 │ 4,916.82 │  4,166.82 │");
    expect(en.stdout).toContain("Principal per period truncated to the 分, the remainder on the last period\n");
    const zh = await runCli([...args, "--lang", "zh"]);
    expect(zh.stdout).toContain("每期本金截断到分，余数计入末期\n");
    const json = JSON.parse((await runCli([...args, "--format", "json"])).stdout) as { principalRounding: string; schedule: { principal: string }[] };
    expect([json.principalRounding, json.schedule[0]?.principal, json.schedule[23]?.principal]).toEqual(["truncate", "4166.66", "4166.82"]);
  });

  it("compare takes it as an offer key", async () => {
    const r = await runCli(["compare", "100000", "--offer", "name=cmb,method=flat-fee,fee-rate=0.75,terms=24,fee-residual=last,principal-rounding=truncate", "--start", "2026-01-15", "--format", "json"]);
    expect((JSON.parse(r.stdout) as { offers: { firstPayment: string }[] }).offers[0]?.firstPayment).toBe("4916.66");
  });

  it("is refused for a method that charges interest, and for an unknown mode", async () => {
    const interest = await runCli(["quote", "10000", "--apr", "12", "--principal-rounding", "truncate"]);
    expect([interest.code, interest.stdout, interest.stderr]).toEqual([2, "", "error: --principal-rounding: applies to fee-charging methods only, not --method equal-installment\n"]);
    const bad = await runCli(["quote", "10000", "--method", "flat-fee", "--fee-rate", "0.6", "--product", "none", "--principal-rounding", "down"]);
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toMatch(/^error: --principal-rounding: .*half-up, truncate.*\n$/);
  });
});

describe("a flat-fee loan paid late says its lender's late fee is not modelled", () => {
  const late = ["quote", "10000", "--method", "flat-fee", "--total-fee-rate", "2.3", "--terms", "3", "--product", "none", "--overdue", "2:10", "--start", "2026-01-15"];

  it("one line after 罚息 0.00, in en and zh", async () => {
    const en = await runCli([...late, "--lang", "en"]);
    expect(en.stdout).toContain("penalty CNY 0.00\nFlat-fee lenders charge a late fee (often daily) by their own terms; this tool does not model it\n");
    const zh = await runCli([...late, "--lang", "zh"]);
    expect(zh.stdout).toContain("罚息 0.00 元\n分期手续费的逾期费（多按日计收）由贷款方按自身条款收取，本工具不计算\n");
  });

  it("not for a loan that charges interest, whose 罚息 is the penalty", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--terms", "3", "--overdue", "2:10", "--start", "2026-01-15", "--lang", "en"]);
    expect(r.stdout).not.toContain("late fee");
  });
});
