import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

const compare = (...args: string[]) => runCli(["compare", "10000", "--start", "2026-01-15", ...args]);
/** How many times `word` occurs in `text`. */
const count = (text: string, word: string) => text.split(word).length - 1;

describe("compare names the offer once, and the field as written", () => {
  it("an unnamed offer is `offer 1`, and each field is named without the offer again", async () => {
    const r = await compare("--offer", "apr=12,method=flat-fee");
    expectUsageError(r, /^error: offer 1: apr: flat-fee charges a fee, not interest; give fee-rate or total-fee-rate instead\n$/);
  });

  it("a named offer is `offer 2 (\"借呗\")`, named once", async () => {
    const r = await compare("--offer", "apr=12", "--offer", "name=借呗,method=flat-fee");
    expectUsageError(r, /^error: offer 2 \("借呗"\): method flat-fee: give exactly one of fee-rate <percent per period> or total-fee-rate <percent for the whole term>\n$/);
    expect(count(r.stderr, "offer")).toBe(1);
  });

  it("an engine error says which offer it came from, with the key as written", async () => {
    // fee-rate=150 passes the text check (a percentage) and is refused by the engine (0–100%).
    const r = await compare("--offer", "name=a,apr=12", "--offer", "name=b,method=flat-fee,fee-rate=150");
    expectUsageError(r, /^error: offer 2 \("b"\): fee-rate: must be from 0 to 100%, got 150\n$/);
    expect(r.stderr).not.toMatch(/feeRate/);
  });

  it("an upfront fee larger than the loan names the offer and upfront-fee", async () => {
    const r = await compare("--offer", "name=a,apr=12", "--offer", "name=b,apr=12,upfront-fee=20000");
    expectUsageError(r, /^error: offer 2 \("b"\): upfront-fee: /);
    expect(r.stderr).not.toMatch(/upfrontFee/);
  });

  it("`compare 0` blames the amount argument, not an offer", async () => {
    const r = await runCli(["compare", "0", "--offer", "apr=12"]);
    expectUsageError(r, /^error: amount: must be from 0.01 to 1000000000 CNY, got 0\n$/);
  });

  it("an offer's own amount= out of range names that offer", async () => {
    const r = await compare("--offer", "name=a,apr=12,amount=0");
    expectUsageError(r, /^error: offer 1 \("a"\): amount: must be from 0.01 to 1000000000 CNY, got 0\n$/);
  });

  it("amount=10,000 explains that commas separate keys", async () => {
    const r = await compare("--offer", "name=a,amount=10,000,apr=12");
    expectUsageError(r, /^error: offer 1 \("a"\): "000" is not a key=value entry: commas separate the keys, so write amounts without grouping commas here \(amount=10000\)\n$/);
  });

  it("an unknown key in an unnamed offer", async () => {
    const r = await compare("--offer", "apr=12,rate=3");
    expectUsageError(r, /^error: offer 1: unknown key "rate" \(keys: /);
  });
});
