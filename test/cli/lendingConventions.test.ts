import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

const LOAN = ["quote", "10000", "--apr", "12", "--start", "2026-01-15"];

describe("quote: lending conventions (issue 13)", () => {
  it("--due-day: JSON names the day and the first period's days; due dates show the rule", async () => {
    // Drawn 2026-01-20, D = 10: first due 2026-02-10, 21 days; interest 10000 × 12% × 21/365 = 69.04.
    const r = await runCli(["quote", "10000", "--apr", "12", "--start", "2026-01-20", "--due-day", "10", "--json"]);
    const j = JSON.parse(r.stdout);
    expect([j.dueDay, j.firstPeriodDays, j.schedule[0].dueDate, j.schedule[0].interest, j.schedule[0].payment, j.schedule[11].dueDate]).toEqual([10, 21, "2026-02-10", "69.04", "857.53", "2027-01-10"]);
  });

  it("--prepay and --prepay-on repeat and combine, in date order; one alone keeps `prepayment`", async () => {
    // --prepay 6 falls on 2026-07-15, after 2026-03-01: given last, applied second.
    const several = JSON.parse((await runCli([...LOAN, "--prepay", "6", "--prepay-on", "2026-03-01:1000:reduce-payment", "--json"])).stdout);
    expect(several.prepayment).toBeUndefined();
    expect(several.prepayments.map((p: { date: string; mode: string }) => `${p.date} ${p.mode}`)).toEqual(["2026-03-01 reduce-payment", "2026-07-15 full"]);
    expect(several.prepayments[1].schedule).toEqual([]);
    expect(Object.keys(several.effectiveAnnualizedRate)).toEqual(["simple", "compound"]);
    const one = JSON.parse((await runCli([...LOAN, "--prepay", "4:3000", "--json"])).stdout);
    expect([one.prepayment.afterPeriod, one.prepayments]).toEqual([4, undefined]);
    // Without a fee the effective rate of a loan at 12% stays about 12%.
    expect(one.effectiveAnnualizedRate.simple.slice(0, 4)).toBe("12.0");
  });

  it("--prepay-fee: 1% of the 3,000 prepaid is 30.00, in the JSON and the table", async () => {
    const j = JSON.parse((await runCli([...LOAN, "--prepay", "4:3000", "--prepay-fee", "1%", "--json"])).stdout);
    expect(j.prepayment.prepayFee).toBe("30.00");
    const t = await runCli([...LOAN, "--prepay", "4:3000", "--prepay-fee", "30", "--lang", "en"]);
    expect(t.stdout).toContain("Prepayment fee: 30.00");
    expect(t.stdout).toMatch(/Effective annualized rate as repaid \(simple\): \d+\.\d\d%/);
  });

  it("--flat-fee-prepay: remaining charges the 8 × 72 fees not yet due, waived does not", async () => {
    const card = ["quote", "12000", "--product", "none", "--method", "flat-fee", "--fee-rate", "0.6", "--start", "2026-01-15", "--prepay", "4", "--json"];
    const remaining = JSON.parse((await runCli(card)).stdout).prepayment;
    const waived = JSON.parse((await runCli([...card, "--flat-fee-prepay", "waived"])).stdout).prepayment;
    expect([remaining.payoff, remaining.feesCharged, remaining.flatFeePrepay, waived.payoff, waived.feesCharged]).toEqual(["8576.00", "576.00", "remaining", "8000.00", "0.00"]);
  });

  it("--fee-residual last: the 招商银行 example, 23 × 1,938.67 and a last 1,938.59", async () => {
    const j = JSON.parse((await runCli(["quote", "40000", "--product", "none", "--method", "flat-fee", "--fee-rate", "0.68", "--terms", "24", "--fee-residual", "last", "--json"])).stdout);
    expect([j.schedule[0].payment, j.schedule[22].payment, j.schedule[23].payment, j.fees.installment, j.feeResidual]).toEqual(["1938.67", "1938.67", "1938.59", "6528.00", "last"]);
  });

  it("bullet: the table shows the simple rate beside the IRR, with why they differ", async () => {
    const t = await runCli(["quote", "10000", "--product", "none", "--method", "bullet", "--apr", "10.8", "--start", "2026-01-15", "--lang", "en"]);
    expect(t.stdout).toContain("Annualized rate (simple): 10.30%");
    expect(t.stdout).toContain("Simple annual rate: 10.80%  (simple = interest ÷ principal ÷ years; the IRR is lower because all interest is paid at the end)");
    expect(JSON.parse((await runCli(["quote", "10000", "--product", "none", "--method", "bullet", "--apr", "10.8", "--start", "2026-01-15", "--json"])).stdout).simpleAnnualRate).toBe("10.8000");
  });

  it("compare takes due-day in an offer", async () => {
    const r = await runCli(["compare", "10000", "--offer", "name=a,apr=12,due-day=10", "--start", "2026-01-20", "--json"]);
    expect(JSON.parse(r.stdout).offers[0].firstPayment).toBe("857.53");
    expectUsageError(await runCli(["compare", "10000", "--offer", "name=a,apr=12,due-day=31", "--start", "2026-01-20"]), /^error: offer 1 \("a"\): due-day: expected a whole number from 1 to 28, got "31"\n$/);
  });

  it("--help shows an example of each new option", async () => {
    const help = (await runCli(["quote", "--help"])).stdout;
    for (const option of ["--due-day 10", "--min-first-days 15", "--prepay-fee 1%", "--flat-fee-prepay waived", "--fee-residual last", "--method bullet", "--prepay-on 2026-08-20:3000:reduce-payment --prepay 9"]) expect(help).toContain(option);
  });
});

describe("quote: the conventions' bad input", () => {
  it.each([
    ["--due-day 29", [...LOAN, "--due-day", "29"], /^error: --due-day: expected a whole number from 1 to 28, got "29"\n$/],
    ["--min-first-days without --due-day", [...LOAN, "--min-first-days", "10"], /^error: --min-first-days: needs --due-day\n$/],
    ["--fee-residual on an interest loan", [...LOAN, "--fee-residual", "last"], /^error: --fee-residual: applies to fee-charging methods only, not --method equal-installment\n$/],
    ["--flat-fee-prepay on an interest loan", [...LOAN, "--prepay", "4", "--flat-fee-prepay", "waived"], /^error: --flat-fee-prepay: applies to flat-fee loans, not --method equal-installment\n$/],
    ["--prepay-fee without a prepayment", [...LOAN, "--prepay-fee", "1%"], /^error: --prepay-fee: needs --prepay or --prepay-on\n$/],
    ["--prepay-fee over 100%", [...LOAN, "--prepay", "4:100", "--prepay-fee", "101%"], /^error: --prepay-fee: must be from 0 to 100% of the principal prepaid, got 101\n$/],
    ["two on one date", [...LOAN, "--prepay", "2:100", "--prepay-on", "2026-03-15:100"], /^error: --prepay: two prepayments on 2026-03-15: give one, with the amounts added up\n$/],
    ["after a payoff", [...LOAN, "--prepay", "2", "--prepay", "3:100"], /^error: --prepay: the loan is paid off on 2026-03-15; nothing is left to prepay on 2026-04-15\n$/],
    ["a bad mode", [...LOAN, "--prepay", "2:100:shorter"], /^error: --prepay mode: expected one of reduce-term, reduce-payment, got "shorter"\n$/],
    // 1,200 at 0.6%: 100 + 7.20 a period; after 4, 800 + 8 × 7.20 = 857.60.
    ["a partial flat-fee prepayment", ["quote", "1200", "--product", "none", "--method", "flat-fee", "--fee-rate", "0.6", "--start", "2026-01-15", "--prepay", "4:100"], /^error: --prepay: a flat-fee loan is paid off whole: leave out the amount \(the payoff on 2026-05-15 is 857.60\)\n$/],
  ])("%s", async (_name, argv, message) => {
    expectUsageError(await runCli(argv), message);
  });
});
