import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { highestPayment } from "../../src/engine/budget.js";
import { quote } from "../../src/engine/quote.js";
import { runCli } from "./runCli.js";

// 12% a year is 1% a month. PMT factors r/(1−(1+r)^−n) at r = 1%:
//   n = 10: 0.105582077   n = 11: 0.096454076   n = 12: 0.088848789
const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { amount: string; terms: number; schedule: { payment: string }[] };
const highest = (amount: string, terms: number) => highestPayment(quote({ amount, apr: "12", terms, start: "2026-01-15" }));

describe("quote --payment: the largest amount a monthly budget allows", () => {
  it("--payment 2000 --apr 12 --terms 12: 22,510.16, and one 分 more does not fit", async () => {
    const r = await runCli(["quote", "--payment", "2000", "--apr", "12", "--terms", "12", "--format", "json"]);
    expect(r.code).toBe(0);
    // 2,000 ÷ 0.088848789 = 22,510.4: the continuous bound; rounding to the 分 and the settling
    // last period keep the answer just below it. 22,510.16 × 0.088848789 = 1,999.9998 → 2,000.00.
    expect(json(r).amount).toBe("22510.16");
    expect(json(r).schedule[0]?.payment).toBe("2000.00");
    expect(highest("22510.16", 12).lte(2000)).toBe(true);
    expect(highest("22510.17", 12).gt(2000)).toBe(true);
    expect(r.stderr).toBe("note: the largest amount whose highest payment over 12 terms is at most 2000.00: 22510.16\n");
  });

  it("--step 100 rounds down to what lenders lend: 22,500 (22,600 needs 2,007.98)", async () => {
    const r = await runCli(["quote", "--payment", "2千", "--apr", "12", "--terms", "12", "--step", "100", "--format", "json"]);
    // 22,500 × 0.088848789 = 1,999.10; 22,600 × 0.088848789 = 2,007.98 > 2,000
    expect([r.code, json(r).amount, json(r).schedule[0]?.payment]).toEqual([0, "22500.00", "1999.10"]);
    expect(highest("22600", 12).gt(2000)).toBe(true);
  });

  it("product limits still apply, and the note says the budget allows more", async () => {
    const r = await runCli(["quote", "--payment", "9000", "--apr", "12", "--format", "json"]);
    // 50,000 × 0.088848789 = 4,442.44 ≤ 9,000: the product's 50,000, not the budget, stops it.
    expect([r.code, json(r).amount]).toEqual([0, "50000.00"]);
    expect(r.stderr).toContain("note: the budget allows more than 50000 CNY, the most product suishendai lends (use --product none to go beyond)\n");
  });

  it("a budget below the smallest loan's payment is exit 2 naming --payment", async () => {
    const r = await runCli(["quote", "--payment", "300", "--apr", "12"]);
    // 5,000 × 0.088848789 = 444.24 a month; the settling last period is 444.29
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --payment: 300.00 is below the highest payment of the smallest loan product suishendai lends over 12 terms: 5000.00 needs 444.29 (use --product none for smaller loans)\n"]);
  });
});

describe("quote AMOUNT --payment: the fewest terms", () => {
  it("20,000 at 12% for 2,000 a month: 11 terms (10 need 2,111.64; 11 need 1,929.08)", async () => {
    const r = await runCli(["quote", "20000", "--apr", "12", "--payment", "2000", "--format", "json"]);
    // 20,000 × 0.105582077 = 2,111.64 > 2,000; 20,000 × 0.096454076 = 1,929.08 ≤ 2,000
    expect([r.code, json(r).terms, json(r).schedule[0]?.payment]).toEqual([0, 11, "1929.08"]);
    expect(highest("20000", 10).gt(2000)).toBe(true);
    expect(r.stderr).toBe("note: the fewest terms (3 to 12) whose highest payment for 20000.00 is at most 2000.00: 11\n");
  });

  it("none fits: exit 2 with the smallest payment possible (12 terms: 20,000 × 0.088848789 = 1,776.98)", async () => {
    const r = await runCli(["quote", "20000", "--apr", "12", "--payment", "1000"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --payment: 1000.00 a month cannot repay 20000.00 within 3 to 12 terms (product suishendai); the smallest highest payment is 1776.98, at 12 terms\n"]);
  });

  it.each([
    [["quote", "20000", "--apr", "12", "--payment", "2000", "--terms", "6"], "--payment: with both an amount and --terms there is nothing to work out; leave out --terms for the fewest terms, or the amount for the largest amount"],
    [["quote", "20000", "--apr", "12", "--step", "100"], "--step: needs --payment (and no amount)"],
    [["quote", "20000", "--apr", "12", "--payment", "2000", "--step", "100"], "--step: rounds the amount --payment works out; with an amount given there is none to round"],
    [["quote", "--payment", "0", "--apr", "12"], '--payment: must be more than 0, got "0"'],
    [["quote", "--apr", "12"], "missing required argument 'amount'"],
  ])("%j is refused", async (argv, message) => {
    const r = await runCli(argv);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: ${message}\n`]);
  });
});

describe("the search is exact on any loan: the answer fits and the next 分 does not", () => {
  it.each([
    ["equal-principal", "18", "6"],
    ["equal-installment", "7.3", "3"],
  ])("%s at %s%% over %s terms", async (method, apr, terms) => {
    const r = await runCli(["quote", "--payment", "1234.56", "--apr", apr, "--terms", terms, "--method", method, "--product", "none", "--format", "json"]);
    const amount = new Decimal(json(r).amount);
    const at = (a: Decimal) => highestPayment(quote({ amount: a, apr, terms: Number(terms), method: method as "equal-principal", start: "2026-01-15" }));
    expect(at(amount).lte("1234.56")).toBe(true);
    expect(at(amount.plus("0.01")).gt("1234.56")).toBe(true);
  });
});
