import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const input = [typical, { ...typical, id: 2, invited: false }, { ...typical, id: 3, zhimaScore: 760 }].map((p) => JSON.stringify(p)).join("\n");

// By hand (as in test/cli/simulate.test.ts): approvals 19,000 at 12.775% and 28,500 at 9.125%;
// total 47,500, mean = median = 23,750, APR mean = median = 10.95%; 2 of 3 approved = 66.67%;
// expected loss 350.31 = 0.74% of 47,500; one KO01 not invited, so 2 of the 2 invited = 100.00%;
// the policy's LGD 0.9 and the scorecard's 12-month PD horizon are stated with the loss.
describe("simulate --summary as text follows --lang and groups thousands", () => {
  it("in English", async () => {
    const r = await runCli(["simulate", "-", "--summary", "--lang", "en"], {}, false, input);
    expect(r.stderr).toBe(
      [
        "records 3 · invalid 0 · approved 2 · declined 0 · not invited 1",
        "by code: KO01 1",
        "approval rate 66.67% of 3 valid records · 100.00% of 2 invited · APR mean 10.9500% median 10.9500% · limit mean 23,750.00 median 23,750.00",
        "expected loss 350.31 = 0.74% of total limit 47,500.00 (12-month PD × LGD 0.90)",
        "",
      ].join("\n"),
    );
  });

  it("in Chinese, with --lang zh or by default from the locale", async () => {
    const expected = [
      "记录 3 · 无效 0 · 通过 2 · 拒绝 0 · 未受邀 1",
      "按决定代码：KO01 1",
      "通过率 66.67%（有效记录 3 条）· 受邀 2 人中 100.00% · 年利率 均值 10.9500% 中位数 10.9500% · 额度 均值 23,750.00 中位数 23,750.00",
      "预期损失 350.31 = 总额度 47,500.00 的 0.74%（12 个月违约概率 × 违约损失率 0.90）",
      "",
    ].join("\n");
    expect((await runCli(["simulate", "-", "--summary", "--lang", "zh"], { LANG: "en_US.UTF-8" }, false, input)).stderr).toBe(expected);
    expect((await runCli(["simulate", "-", "--summary"], { LANG: "zh_CN.UTF-8" }, false, input)).stderr).toBe(expected);
  });

  it("says when no code was given, in each language", async () => {
    const one = JSON.stringify({ ...typical, zhimaScore: 760 });
    expect((await runCli(["simulate", "-", "--summary", "--lang", "en"], {}, false, one)).stderr).toContain("by code: none\n");
    expect((await runCli(["simulate", "-", "--summary", "--lang", "zh"], {}, false, one)).stderr).toContain("按决定代码：无\n");
  });

  it("the JSON summary keeps its ungrouped strings", async () => {
    const s = JSON.parse((await runCli(["simulate", "-", "--summary", "--summary-format", "json", "--lang", "zh"], {}, false, input)).stderr);
    expect(s.limit).toEqual({ mean: "23750.00", median: "23750.00", total: "47500.00" });
    expect(s).toMatchObject({ approvalRate: "0.6667", approvalRateOf: "valid records", invited: 2, approvalRateInvited: "1.0000", lgd: "0.9000", pdHorizonMonths: 12 });
  });

  it("expected loss recomputed from --explain's pdExact and the summary's lgd: Σ limit × pdExact × lgd, to the fen", async () => {
    const r = await runCli(["simulate", "examples/profiles/population.ndjson", "--explain", "--summary", "--summary-format", "json"]);
    const s = JSON.parse(r.stderr);
    let loss = new Decimal(0);
    for (const line of r.stdout.trimEnd().split("\n")) {
      const o = JSON.parse(line);
      if (o.decision === "approved") loss = loss.plus(new Decimal(o.limit).times(o.pdExact).times(s.lgd));
    }
    expect(loss.toFixed(2)).toBe(s.expectedLoss);
  });
});
