import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

const quote = (...args: string[]) => runCli(["quote", "10000", "--apr", "12", "--start", "2026-01-15", ...args]);

describe("quote messages name the option as typed", () => {
  it.each([
    ["flat-fee rate over 100%", ["quote", "10000", "--method", "flat-fee", "--fee-rate", "150", "--terms", "6", "--product", "none"], /^error: --fee-rate: must be from 0 to 100%, got 150\n$/],
    ["upfront fee above the amount", ["quote", "10000", "--apr", "12", "--upfront-fee", "20000", "--product", "none"], /^error: --upfront-fee: /],
    ["cap above 1000%", ["quote", "10000", "--apr", "12", "--cap", "2000"], /^error: --cap: must be from 0 to 1000%, got 2000\n$/],
  ])("%s", async (_name, argv, message) => {
    const r = await runCli(argv);
    expectUsageError(r, message);
    expect(r.stderr).not.toMatch(/[a-z][A-Z]/); // no camelCase engine names
  });

  it("--penalty-multiplier abc asks for a number, not a percentage", async () => {
    const r = await quote("--overdue", "3:10", "--penalty-multiplier", "abc");
    expectUsageError(r, /^error: --penalty-multiplier: expected a number from 0 to 10 such as 1.5, got "abc"\n$/);
  });

  it("--penalty-multiplier without --overdue is refused, like --prepay-mode without --prepay", async () => {
    expectUsageError(await quote("--penalty-multiplier", "2"), /^error: --penalty-multiplier: needs --overdue\n$/);
  });

  it("--penalty-multiplier 2 with --overdue still applies", async () => {
    // 12% × 2 = 24% a year penalty rate.
    const r = await quote("--overdue", "3:10", "--penalty-multiplier", "2", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).overdue.penaltyRate).toMatch(/^24(\.0+)?$/);
  });

  it.each([
    ["--prepay", "4:-5"],
    ["--prepay", "4:0"],
    ["--prepay-on", "2026-03-01:-5"],
  ])("%s %s: the amount must be positive", async (option, value) => {
    const r = await quote(option, value);
    expectUsageError(r, new RegExp(`^error: ${option} amount: must be more than 0, got "${value.split(":").pop()}"\\n$`));
  });
});

describe("dates stay within 9999-12-31", () => {
  it("a start whose last due date passes 9999-12-31 is refused", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--start", "9999-12-31"]);
    expectUsageError(r, /^error: --start: the last due date \(period 12\) would fall after 9999-12-31; give an earlier start\n$/);
  });

  it("9998-12-31 with 12 terms ends exactly on 9999-12-31 and is fine", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--start", "9998-12-31", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^12,9999-12-31,/);
  });
});

describe("a financed fee counts against the product's maximum", () => {
  it("50,000 + a financed 200 fee is 50,200: over suishendai's 50,000", async () => {
    const r = await runCli(["quote", "50000", "--apr", "12", "--terms", "12", "--upfront-fee", "200", "--finance-fee"]);
    expectUsageError(r, /^error: amount: 50000 plus the financed --upfront-fee 200.00 is a principal of 50200.00, above the maximum 50000 CNY for product suishendai/);
  });

  it("a 1% financed fee on 50,000 is 500: principal 50,500, refused", async () => {
    const r = await runCli(["quote", "50000", "--apr", "12", "--upfront-fee", "1%", "--finance-fee"]);
    expectUsageError(r, /principal of 50500.00/);
  });

  it("49,800 + 200 financed is exactly 50,000 and is quoted", async () => {
    const r = await runCli(["quote", "49800", "--apr", "12", "--upfront-fee", "200", "--finance-fee", "--format", "json", "--start", "2026-01-15"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).amount).toBe("50000.00");
  });

  it("a deducted fee does not raise the principal", async () => {
    const r = await runCli(["quote", "50000", "--apr", "12", "--upfront-fee", "200", "--format", "json", "--start", "2026-01-15"]);
    expect(r.code).toBe(0);
  });
});

describe("fees are bounded", () => {
  it("--monthly-fee 1e20 (written out) is more than the loan: refused", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--monthly-fee", "100000000000000000000", "--product", "none"]);
    expectUsageError(r, /^error: --monthly-fee: must be at most the loan amount 10000.00, got 100000000000000000000\n$/);
  });

  it("a fee of 100,001 digits is refused in one short line", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--monthly-fee", `1${"0".repeat(100000)}`, "--product", "none"]);
    expectUsageError(r, /^error: --monthly-fee: must be at most the loan amount 10000.00/);
    expect(r.stderr.length).toBeLessThan(200);
  });

  it("an amount of 100,001 digits is refused in one short line", async () => {
    const r = await runCli(["quote", `1${"0".repeat(100000)}`, "--apr", "12", "--product", "none"]);
    expectUsageError(r, /^error: amount: must be from 0.01 to 1000000000 CNY/);
    expect(r.stderr.length).toBeLessThan(200);
  });
});
