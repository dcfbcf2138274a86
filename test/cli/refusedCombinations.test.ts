import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { runCli } from "./runCli.js";

// Found by a new user: options that were silently ignored, applied twice, or blamed on the data.
const typical = "examples/profiles/typical.json";

describe("simulate refuses what it would not apply", () => {
  it.each([
    [["--what-if", "zhimaScore=700", "--summary"], "error: --what-if: shows one profile as it is and as it would be, with the points that changed; it does not take --summary\n"],
    [["--what-if", "zhimaScore=700", "--explain"], "error: --what-if: shows one profile as it is and as it would be, with the points that changed; it does not take --explain\n"],
    [["--what-if", "zhimaScore=700", "--keep", "age"], "error: --what-if: shows one profile as it is and as it would be, with the points that changed; it does not take --keep\n"],
    [["--what-if", "zhimaScore=700", "--what-if", "zhimaScore=720"], "error: --what-if zhimaScore given twice (zhimaScore=700, zhimaScore=720); give it once\n"],
    [["--summary", "--by", "band", "--by", "band"], "error: --by band given twice (band, band); give it once\n"],
    [["--set", "zhimascore+=20"], 'error: --set: unknown profile field "zhimascore"; did you mean "zhimaScore"?\n'],
  ])("%j", async (extra, message) => {
    const r = await runCli(["simulate", typical, ...extra]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", message]);
  });

  it("zhimaScore*=1.11 keeps a whole score: 680 × 1.11 = 754.8 → 755 (half-up), not an error in every record", async () => {
    const r = await runCli(["simulate", typical, "--set", "zhimaScore*=1.11", "--keep", "zhimaScore", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).input).toEqual({ zhimaScore: 755 });
  });
});

describe("compare and quote", () => {
  it("one preset twice, by id and by name, is refused rather than shown twice", async () => {
    const r = await runCli(["compare", "10000", "--preset", "card", "--preset", "信用卡"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --preset card given twice (card, 信用卡); give it once\n"]);
  });

  it("a prepayment fee in CNY is at most the loan amount, as every fee in CNY", async () => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--prepay", "3:2000", "--prepay-fee", "20000", "--start", "2026-01-15"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --prepay-fee: must be at most the loan amount 10000.00, got 20000.00\n"]);
  });

  it("rates equal as disclosed (to 0.01%) tie and keep their input order", async () => {
    // 随身贷 at 7.3% over 3–12 terms: every IRR reads 7.30% (they differ only past the 2nd decimal).
    const r = await runCli(["compare", "10000", "--preset", "suishendai-floor", "--terms", "3-12", "--format", "json", "--start", "2026-01-15"]);
    const offers = JSON.parse(r.stdout).offers as { terms: number; annualizedRate: string }[];
    // Exact rounding of the 4-place strings, no binary float: each reads 7.30 to 0.01%.
    for (const o of offers) expect(new Decimal(o.annualizedRate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe("7.30");
    expect(offers.map((o) => o.terms)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("wording found by a new user", () => {
  it("a what-if decline shows its code (age 17 is outside 18–55: KO03)", async () => {
    const r = await runCli(["simulate", typical, "--what-if", "age=17", "--lang", "en"]);
    expect(r.stdout).toMatch(/│ Decision +│ +approved │ declined \(KO03\) │/);
  });

  it("no approvals: the summary's APR reads — rather than —%", async () => {
    const r = await runCli(["simulate", "examples/profiles/not-invited.json", "--summary", "--lang", "en", "--format", "json"]);
    expect(r.stderr).toContain("APR mean — median —");
    expect(r.stderr).not.toContain("—%");
  });

  it("compare with no offer names every way to give one", async () => {
    const r = await runCli(["compare", "10000"]);
    expect([r.code, r.stderr]).toEqual([2, "error: --offer, --offers or --preset: give at least one offer to compare (--list-presets shows the bundled ones)\n"]);
  });
});

describe("working backwards when the payment grows with the terms", () => {
  // A bullet loan pays everything at the end: 10,000 at 12% over 1 month = 10,000 + 100.00 interest;
  // longer terms only add interest, so 1 term is both the fewest and the cheapest.
  it("a budget that 1 term meets gives 1 term", async () => {
    const r = await runCli(["quote", "1万", "--payment", "20000", "--apr", "12", "--method", "bullet", "--product", "none", "--format", "json", "--start", "2026-01-15"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).terms).toBe(1);
  });

  it("a budget nothing meets names the smallest payment, 10,100.00 at 1 term (not the one at 360)", async () => {
    const r = await runCli(["quote", "1万", "--payment", "2000", "--apr", "12", "--method", "bullet", "--product", "none", "--start", "2026-01-15"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/the smallest highest payment is 10100\.00, at 1 term\n$/);
  });
});

it("--schedule on a profile with no request says there is nothing to draw", async () => {
  // prime.json has no request: no quote, so no schedule.
  const r = await runCli(["simulate", "examples/profiles/prime.json", "--schedule", "--lang", "en"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("note: --schedule: no requested loan was quoted for this profile (it has no request, or the request was declined), so there is no schedule to draw\n");
});
