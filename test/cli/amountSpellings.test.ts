import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

// Each spelling must give exactly the bytes its plain-digits twin gives.
const same = async (spelled: string[], plain: string[], stdin = "") => {
  const [a, b] = [await runCli(spelled, {}, false, stdin), await runCli(plain, {}, false, stdin)];
  expect([a.code, a.stderr]).toEqual([0, ""]);
  expect(a.stdout).toBe(b.stdout);
};
const quote = (amount: string, ...rest: string[]) => ["quote", amount, "--apr", "12", "--terms", "6", "--format", "json", ...rest];

describe("every amount is read as people write it", () => {
  it.each(["1万", "1.0万", "10千", "¥10,000", "￥10000", "10000元", "１００００", "1,0000"])("quote %s is quote 10000", async (spelled) => {
    await same(quote(spelled), quote("10000"));
  });

  it("--upfront-fee, --monthly-fee, --prepay and --prepay-fee amounts", async () => {
    await same(quote("2万", "--upfront-fee", "¥200", "--monthly-fee", "10元", "--prepay", "3:0.5万", "--prepay-fee", "５０"), quote("20000", "--upfront-fee", "200", "--monthly-fee", "10", "--prepay", "3:5000", "--prepay-fee", "50"));
  });

  it("compare's amount and an offer's amount=", async () => {
    const offer = (amount: string) => ["compare", amount, "--offer", `name=a,apr=12,terms=6`, "--offer", `name=b,apr=10,amount=${amount === "10000" ? "5000" : "5千"}`, "--format", "json"];
    await same(offer("1万"), offer("10000"));
  });

  it("simulate: request.amount as text in a profile, and --set request.amount=1.2万", async () => {
    const profile = (amount: unknown) => JSON.stringify({ id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03, request: { amount, terms: 9 } });
    const args = ["simulate", "-", "--format", "json", "--start", "2026-01-15"];
    const [text, number] = [await runCli(args, {}, false, profile("1万")), await runCli(args, {}, false, profile(10000))];
    expect([text.code, text.stdout]).toEqual([0, number.stdout]);
    const [set, plain] = [await runCli([...args, "--set", "request.amount=1.2万"], {}, false, profile(10000)), await runCli(args, {}, false, profile(12000))];
    expect([set.code, set.stdout]).toEqual([0, plain.stdout]);
    const bad = await runCli(args, {}, false, profile("1万5"));
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toMatch(/^error: line 1: field request\.amount: must be from 5000 to 50000 CNY .*1\.5万.*, got "1万5"\n$/);
  });
});

describe("an ambiguous amount is an error naming the field and the spellings", () => {
  it.each([
    [["quote", "1万5", "--apr", "12"], "amount", "1万5"],
    [["quote", "1.2.3", "--apr", "12"], "amount", "1.2.3"],
    [["quote", "10,00", "--apr", "12"], "amount", "10,00"],
    [["quote", "10000", "--apr", "12", "--upfront-fee", "1万5"], "--upfront-fee", "1万5"],
    [["quote", "10000", "--apr", "12", "--prepay", "3:1.2.3"], "--prepay amount", "1.2.3"],
    [["compare", "1万5", "--offer", "apr=12"], "amount", "1万5"],
  ])("%j", async (argv, field, got) => {
    const r = await runCli(argv);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: ${field}: expected an amount in CNY such as 10000, 12345.67, 10,000, 1,0000, 1万, 1.5万, 5千, ¥10000, 10000元, got ${JSON.stringify(got)}\n`]);
  });
});

describe("request.amount that is neither a number nor an amount text", () => {
  const base = { invited: true, age: 30, monthlyIncome: 10000 };
  it.each([
    [{ terms: 9 }, "field request.amount: is required"],
    [{ amount: true, terms: 9 }, "field request.amount: must be from 5000 to 50000 CNY with at most 2 decimals, as a number or text such as 10000, 12345.67, 10,000, 1,0000, 1万, 1.5万, 5千, ¥10000, 10000元, got true"],
    [{ amount: [[[1]]], terms: 9 }, "field request.amount: must be from 5000 to 50000 CNY with at most 2 decimals, as a number or text such as 10000, 12345.67, 10,000, 1,0000, 1万, 1.5万, 5千, ¥10000, 10000元, got [[[...]]]"],
    [{ amount: "x".repeat(100), terms: 9 }, `field request.amount: must be from 5000 to 50000 CNY with at most 2 decimals, as a number or text such as 10000, 12345.67, 10,000, 1,0000, 1万, 1.5万, 5千, ¥10000, 10000元, got "${"x".repeat(56)}...`],
  ])("%j", async (request, message) => {
    const r = await runCli(["simulate", "-"], {}, false, JSON.stringify({ ...base, request }));
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: line 1: ${message}\n`]);
  });
});
