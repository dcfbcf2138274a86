import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

// Each bad input: exit 2, one line on stderr naming the field, nothing on stdout.
const bad: [string, string[], RegExp][] = [
  ["non-number amount", ["quote", "abc", "--apr", "12"], /amount: expected an amount/],
  ["negative amount", ["quote", "-5", "--apr", "12"], /amount: must be from 5000 to 50000 CNY .*--product none.*got -5/],
  ["amount with 3 decimals", ["quote", "10000.123", "--apr", "12"], /amount: at most 2 decimals/],
  ["amount over the product cap", ["quote", "60000", "--apr", "12"], /amount: must be from 5000 to 50000/],
  ["amount over any loan", ["quote", "2000000000", "--apr", "12", "--product", "none"], /amount: must be from 0.01 to 1000000000 CNY, got/],
  ["APR over 24%", ["quote", "10000", "--apr", "25"], /--apr: must be from 7.3 to 24% for product suishendai/],
  ["negative APR", ["quote", "10000", "--apr", "-1", "--product", "none"], /--apr: must be from 0 to 100%/],
  ["non-number APR", ["quote", "10000", "--apr", "twelve"], /--apr: expected a percentage/],
  ["daily rate out of range", ["quote", "10000", "--daily-rate", "0.1"], /--daily-rate: must be from 0.02 to 0.0657534% .*an APR of 36.5%/],
  ["both rates", ["quote", "10000", "--apr", "12", "--daily-rate", "0.02"], /give one rate, not both/],
  ["no rate", ["quote", "10000"], /--apr <percent> or --daily-rate <percent> is required/],
  ["terms out of product range", ["quote", "10000", "--apr", "12", "--terms", "24"], /--terms: must be from 3 to 12/],
  ["terms not a number", ["quote", "10000", "--apr", "12", "--terms", "1.5"], /--terms: expected a whole number from 1 to 360/],
  ["terms zero", ["quote", "10000", "--apr", "12", "--terms", "0", "--product", "none"], /--terms: expected a whole number from 1 to 360/],
  ["unknown method", ["quote", "10000", "--apr", "12", "--method", "balloon"], /--method: expected one of equal-installment, 等额本息/],
  ["bad date", ["quote", "10000", "--apr", "12", "--start", "2026-02-30"], /--start: expected a calendar date YYYY-MM-DD, got "2026-02-30"/],
  ["bad year basis", ["quote", "10000", "--apr", "12", "--year-basis", "366"], /--year-basis: expected one of 365, 360/],
  ["bad format", ["quote", "10000", "--apr", "12", "--format", "xml"], /--format: expected one of table, json, csv/],
  ["bad lang", ["quote", "10000", "--apr", "12", "--lang", "fr"], /--lang: expected one of zh, en/],
  ["bad product", ["quote", "10000", "--apr", "12", "--product", "huabei"], /--product: expected one of suishendai, none/],
  ["unknown option", ["quote", "10000", "--apr", "12", "--bogus"], /unknown option '--bogus'/],
  ["missing amount", ["quote"], /missing required argument 'amount'/],
  ["unknown command", ["qoute", "10000"], /unknown command .qoute./],
  ["unknown command asking for help", ["simulat", "--help"], /unknown command .simulat./],
];

describe("bad input", () => {
  it.each(bad)("%s", async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
