import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { knockoutsHit } from "../../src/engine/simulate/knockouts.js";
import { creditLimit, presentValue } from "../../src/engine/simulate/limit.js";
import { priceFor } from "../../src/engine/simulate/pricing.js";
import { probabilityOfDefault, scoreProfile } from "../../src/engine/simulate/scorecard.js";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";
import { readFileSync } from "node:fs";

const { policy } = defaultPolicy();
const typicalJson = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const typical = toProfile(typicalJson);
const example = (name: string) => toProfile(JSON.parse(readFileSync(new URL(`../../examples/profiles/${name}.json`, import.meta.url), "utf8")));

describe("the issue's typical profile, stage by stage (hand-computed from the spec's tables)", () => {
  it("passes every knock-out", () => {
    expect(knockoutsHit(typical, policy.knockouts)).toEqual([]);
  });

  it("scores 612: 580 + C02 12 + C06 12 + C09 5 + C10 3, the rest 0", () => {
    const { score, points } = scoreProfile(typical, policy);
    expect(score).toBe(612);
    expect(points.map((p) => p.points)).toEqual([0, 12, 0, 0, 0, 12, 0, 0, 5, 3]);
  });

  it.each([
    // the spec's scaling checks: 600 → 1.96%, 620 → 0.99%, 550 → 10.16%; 612 → 1.30% (spec's offer)
    [600, "0.0196"],
    [620, "0.0099"],
    [550, "0.1016"],
    [612, "0.0130"],
  ])("PD at score %i is %s", (score, pd) => {
    expect(probabilityOfDefault(score, policy.scaling).toFixed(4)).toBe(pd);
  });

  it("prices band D at 12.775%: the risk floor 7 + 1.5 × 1.30% × 0.9 = 8.76% is lower", () => {
    const band = policy.bands[3]!;
    const price = priceFor(band, probabilityOfDefault(612, policy.scaling), policy.pricing);
    expect([price.required.toFixed(2), price.apr.toFixed(3), price.exceedsCap]).toEqual(["8.76", "12.775", false]);
  });

  it("limits to 19,000, bound by spend (1.6 × 12,000 = 19,200 → 19,000)", () => {
    const limit = creditLimit(typical, policy.bands[3]!, new Decimal("12.775"), policy.limit);
    expect([limit.limit.toFixed(2), limit.binding, limit.paymentCapacity?.toFixed(2)]).toEqual(["19000.00", "spend", "2000.00"]);
    // PV of 2,000 a month over 12 at 12.775%/12: 22,418.57 (PV formula in Python floats, by hand)
    expect(presentValue(new Decimal(2000), new Decimal("12.775").div(1200), 12).toFixed(2)).toBe("22418.57");
  });

  it("offers 3/6/9/12 terms with the spec's amounts and payments, and reasons R01 R07 R05 R03", () => {
    const o = simulate(typical, policy, "2026-01-15");
    expect([o.decision, o.code, o.band, o.apr?.toFixed(4), o.dailyRate?.toFixed(4), o.limit?.toFixed(2), o.bindingConstraint]).toEqual(["approved", null, "D", "12.7750", "0.0350", "19000.00", "spend"]);
    expect(o.terms.map((t) => [t.terms, t.maxAmount.toFixed(2), t.payment.toFixed(2), t.totalInterest.toFixed(2)])).toEqual([
      [3, "5500.00", "1872.51", "117.51"],
      [6, "11500.00", "1988.71", "432.29"],
      [9, "17000.00", "1990.85", "917.67"],
      [12, "19000.00", "1695.02", "1340.28"],
    ]);
    // points lost: C01 28, C07 20, C05 18, then C03/C04/C08 10 each → table order C03
    expect(o.reasons.map((r) => [r.code, "pointsLost" in r ? r.pointsLost : undefined])).toEqual([["R01", 28], ["R07", 20], ["R05", 18], ["R03", 10]]);
  });
});

describe("the example profiles (hand-computed)", () => {
  it("prime: 580+28+12+10+10+18+12+20+10+5+5 = 710, band A at 7.3%, limit 50,000 bound by product, no reasons", () => {
    const o = simulate(example("prime"), policy, "2026-01-15");
    expect([o.decision, o.score, o.pd?.toFixed(4), o.band, o.apr?.toFixed(4), o.limit?.toFixed(2), o.bindingConstraint, o.reasons.length]).toEqual(["approved", 710, "0.0004", "A", "7.3000", "50000.00", "product", 0]);
    // 3 terms: PV(7.3%/12, 3, −12,000) = 35,566.40 → 35,500; PMT of that 11,977.60 (Python decimal, by hand)
    expect(o.terms.map((t) => [t.terms, t.maxAmount.toFixed(2), t.payment.toFixed(2), t.totalInterest.toFixed(2)])).toEqual([
      [3, "35500.00", "11977.60", "432.79"],
      [6, "50000.00", "8511.66", "1069.98"],
      [9, "50000.00", "5725.90", "1533.13"],
      [12, "50000.00", "4333.26", "1999.08"],
    ]);
  });

  it("thin file: missing fields score their missing points, 470 → DEC01 with R01 R05 R06 R07", () => {
    const o = simulate(example("thin-file"), policy, "2026-01-15");
    expect([o.decision, o.code, o.score, o.band]).toEqual(["declined", "DEC01", 470, null]);
    // lost: C01 28+20=48, C05 18+25=43, C06 12+30=42, C07 20+10=30
    expect(o.reasons.map((r) => [r.code, "pointsLost" in r ? r.pointsLost : undefined])).toEqual([["DEC01", undefined], ["R01", 48], ["R05", 43], ["R06", 42], ["R07", 30]]);
  });

  it("marginal: 568 is band G at 21.9%, but 0.8 × 4,000 spend = 3,200 → 3,000 < 5,000 → LIM01", () => {
    const o = simulate(example("marginal"), policy, "2026-01-15");
    expect([o.decision, o.code, o.score, o.band, o.apr?.toFixed(4), o.limit?.toFixed(2), o.bindingConstraint, o.terms.length]).toEqual(["declined", "LIM01", 568, "G", "21.9000", "3000.00", "spend", 0]);
    expect(o.reasons.map((r) => r.code)).toEqual(["LIM01", "R07", "R05", "R06", "R01"]);
  });

  it("knock-out: every rule hit is listed, the first decides", () => {
    const o = simulate(example("knockout"), policy, "2026-01-15");
    expect([o.decision, o.code, o.score, o.knockouts.map((k) => k.code), o.reasons.map((r) => r.code)]).toEqual(["declined", "KO05", null, ["KO05", "KO06"], ["KO05"]]);
  });

  it("not invited is not an adverse decision", () => {
    const o = simulate(example("not-invited"), policy, "2026-01-15");
    expect([o.decision, o.code]).toEqual(["not_invited", "KO01"]);
  });

  it("quotes a request that fits and declines one that does not", () => {
    const fits = simulate(toProfile({ ...typicalJson, request: { amount: 10000, terms: 9 } }), policy, "2026-01-15");
    // PMT(12.775%/12, 9, −10,000) = 1,171.09
    expect(fits.quote?.schedule[0]?.payment.toFixed(2)).toBe("1171.09");
    expect(simulate(toProfile({ ...typicalJson, request: { amount: 18000, terms: 9 } }), policy, "2026-01-15").requestDeclined?.code).toBe("REQ01");
    expect(simulate(toProfile({ ...typicalJson, request: { amount: 5000, terms: 24 } }), policy, "2026-01-15").requestDeclined?.code).toBe("REQ02");
  });
});
