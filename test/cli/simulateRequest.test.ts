import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { LoanInputError } from "../../src/engine/loanInputError.js";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { ProfileError, toProfile } from "../../src/policy/toProfile.js";
import { runCli } from "./runCli.js";

// typical: approved in band D, 9 terms up to 17,000 (test/engine/simulate.test.ts derives it).
const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const withRequest = (amount: number, id: unknown = "t") => ({ ...typical, id, request: { amount, terms: 9 } });
// 随身贷 lends 5,000 to 50,000 CNY (src/engine/products.ts, as `quote --product suishendai` applies it).
const message = (got: string) => `field request.amount: must be from 5000 to 50000 CNY with at most 2 decimals, got ${got}`;

describe("simulate: a requested amount is checked as quote checks an amount", () => {
  it.each([
    [100, "100"],
    [0.01, "0.01"],
    [4999.99, "4999.99"],
    [50000.01, "50000.01"],
    [10000.555, "10000.555"],
    [5000.001, "5000.001"],
  ])("request.amount %s is a validation error (ProfileError) naming the field and the range", (amount, got) => {
    expect(() => toProfile(withRequest(amount))).toThrow(ProfileError);
    expect(() => toProfile(withRequest(amount))).toThrow(message(got));
  });

  it.each([5000, 10000.55, 50000])("request.amount %s is accepted", (amount) => {
    expect(toProfile(withRequest(amount)).request?.amount.toString()).toBe(String(amount));
  });

  it("a single bad profile exits 2 with one line naming request.amount", async () => {
    const r = await runCli(["simulate", "-"], {}, false, JSON.stringify(withRequest(100)));
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: line 1: ${message("100")}\n`]);
  });

  it("in a batch a bad request becomes its own error record in place, and the batch goes on", async () => {
    const input = [withRequest(10000, "a"), withRequest(100, "b"), withRequest(10000.555, "c"), withRequest(0.01, 4)].map((p) => JSON.stringify(p)).join("\n");
    const r = await runCli(["simulate", "-"], {}, false, input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    // 10,000 over 9 terms at 12.775%: PMT(12.775%/12, 9, −10,000) = 1,171.09
    expect(lines[0].quote.schedule[0].payment).toBe("1171.09");
    expect(lines.slice(1)).toEqual([
      { line: 2, id: "b", error: message("100") },
      { line: 3, id: "c", error: message("10000.555") },
      { line: 4, id: 4, error: message("0.01") },
    ]);
  });

  it("--set request.amount is checked the same way", async () => {
    const r = await runCli(["simulate", "-", "--set", "request.amount=10000.555"], {}, false, JSON.stringify(withRequest(10000)));
    // --set values are checked once, before any record, and the error blames --set.
    expect([r.code, r.stderr]).toEqual([2, `error: --set ${message("10000.555").replace(/^field /, "")}\n`]);
  });

  it("an amount in range but above the term's maximum is still REQ01, not an error", async () => {
    const r = await runCli(["simulate", "-", "--format", "json", "--lang", "en"], {}, false, JSON.stringify(withRequest(50000)));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).requestDeclined).toEqual({ code: "REQ01", text: "Requested amount is above the limit for that term" });
  });

  it("the engine, called without validation, no longer cuts 10,000.555 to 10,000.55 in silence", () => {
    const profile = { ...toProfile(typical), request: { amount: new Decimal("10000.555"), terms: 9 } };
    expect(() => simulate(profile, defaultPolicy().policy, "2026-01-15")).toThrow(LoanInputError);
  });
});
