import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const base = ["quote", "10000", "--apr", "12", "--terms", "12", "--start", "2026-01-15"];

describe("quote --format json", () => {
  it("follows the spec's shape and figures", async () => {
    const r = await runCli([...base, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const q = JSON.parse(r.stdout);
    expect(Object.keys(q).slice(0, 10)).toEqual(["amount", "method", "terms", "apr", "dailyRate", "yearBasis", "start", "schedule", "totals", "annualizedRate"]);
    expect(q).toMatchObject({ amount: "10000.00", method: "equal-installment", terms: 12, apr: "12.0000", dailyRate: "0.0329", yearBasis: 365, start: "2026-01-15", annualizedRate: "12.0001" });
    expect(q.schedule[0]).toEqual({ period: 1, dueDate: "2026-02-15", payment: "888.49", principal: "788.49", interest: "100.00", balance: "9211.51" });
    expect(q.schedule[11]).toEqual({ period: 12, dueDate: "2027-01-15", payment: "888.47", principal: "879.67", interest: "8.80", balance: "0.00" });
    expect(q.totals).toEqual({ payment: "10661.86", principal: "10000.00", interest: "661.86" });
  });

  it("takes a daily rate: 0.02%/day is 7.3% on 365 days, 7.2% on 360", async () => {
    const a = JSON.parse((await runCli(["quote", "10000", "--daily-rate", "0.02", "--start", "2026-01-15", "--format", "json"])).stdout);
    expect([a.apr, a.dailyRate, a.schedule[0].payment]).toEqual(["7.3000", "0.0200", "866.65"]);
    const b = JSON.parse((await runCli(["quote", "10000", "--daily-rate", "0.02", "--year-basis", "360", "--product", "none", "--format", "json"])).stdout);
    expect([b.apr, b.dailyRate, b.yearBasis]).toEqual(["7.2000", "0.0200", 360]);
  });

  it("accepts the Chinese method names and 12%", async () => {
    const r = JSON.parse((await runCli(["quote", "10000", "--apr", "12%", "--method", "等额本金", "--format", "json"])).stdout);
    expect([r.method, r.schedule[0].payment, r.totals.interest]).toEqual(["equal-principal", "933.33", "650.00"]);
  });

  it("uses today's date when --start is not given", async () => {
    const r = JSON.parse((await runCli(["quote", "10000", "--apr", "12", "--format", "json"])).stdout);
    expect([r.start, r.schedule[0].dueDate]).toEqual(["2026-01-15", "2026-02-15"]);
  });
});

describe("quote --format csv", () => {
  it("is RFC 4180 with the contract's header", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--terms", "3", "--start", "2026-01-31", "--format", "csv"]);
    expect(r.stdout).toBe(
      "period,dueDate,payment,principal,interest,balance\r\n" +
        "1,2026-02-28,3400.22,3300.22,100.00,6699.78\r\n" +
        "2,2026-03-31,3400.22,3333.22,67.00,3366.56\r\n" +
        "3,2026-04-30,3400.23,3366.56,33.67,0.00\r\n",
    );
  });
});

describe("quote table", () => {
  it("speaks Chinese by default with grouped money and the regulation's label", async () => {
    const r = await runCli(base);
    expect(r.code).toBe(0);
    for (const text of ["期数", "还款日", "月供", "本金", "利息", "剩余本金", "9,211.51", "10,661.86", "661.86", "年化利率(单利): 12.00%", "日利率 0.0329%"]) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("speaks English with --lang en or an English LANG", async () => {
    for (const r of [await runCli([...base, "--lang", "en"]), await runCli(base, { LANG: "en_US.UTF-8" })]) {
      for (const text of ["Period", "Due date", "Payment", "Principal", "Interest", "Balance", "Total repayment: 10,661.86", "Annualized rate (simple): 12.00%"]) {
        expect(r.stdout).toContain(text);
      }
    }
  });

  it("colours only on a terminal, and never with NO_COLOR", async () => {
    expect((await runCli(base, {}, true)).stdout).toMatch(/\u001b\[/);
    expect((await runCli(base, { NO_COLOR: "1" }, true)).stdout).not.toMatch(/\u001b\[/);
  });

  it("prints a row per period for a long --product none loan", async () => {
    const r = await runCli(["quote", "1000000", "--apr", "4.9", "--terms", "360", "--product", "none", "--start", "2026-01-15"]);
    expect(r.stdout).toContain("2056-01-15");
    // 1,000,000 at 4.9% over 30 years: the mortgage calculators' 5,307.27 a month.
    expect(r.stdout).toContain("5,307.27");
  });
});
