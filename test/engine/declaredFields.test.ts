import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/engine/decimal.js";
import { knockoutsHit } from "../../src/engine/simulate/knockouts.js";
import { creditLimit } from "../../src/engine/simulate/limit.js";
import { termOffers } from "../../src/engine/simulate/termOffers.js";
import { scoreProfile } from "../../src/engine/simulate/scorecard.js";
import { simulate } from "../../src/engine/simulate/simulate.js";
import type { Policy, Profile } from "../../src/engine/simulate/types.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { policyFromJson } from "../../src/policy/loadPolicy.js";
import { toProfile } from "../../src/policy/toProfile.js";

// Fields a policy declares, scored by the engine: every figure below is worked
// out by hand from examples/policies/own-fields.json (the default policy plus
// queries6m and channel) and the default policy's tables.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ownJson = JSON.parse(readFileSync(new URL("../../examples/policies/own-fields.json", import.meta.url), "utf8")) as Json;
const own = policyFromJson(ownJson, "own-fields.json").policy;
const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const scored = (record: Json, policy: Policy = own) => scoreProfile(toProfile(record, policy), policy);
const pointsOf = (record: Json, id: string, policy: Policy = own) => scored(record, policy).points.find((p) => p.id === id);

describe("a category characteristic (C12 channel: app 6, web 2, store 0, other −4, missing 0)", () => {
  // The typical profile scores 612 under the default policy (test/engine/simulate.test.ts); queries6m missing adds C11's missing 0.
  it.each([
    ["a listed level", "app", 6, 618],
    ["an unseen level: other", "tv", -4, 608],
    ["missing: the missing points", undefined, 0, 612],
  ])("%s (%s) scores %i, the profile %i", (_, channel, points, score) => {
    const record = channel === undefined ? typical : { ...typical, channel };
    expect(pointsOf(record, "C12")).toEqual({ id: "C12", field: "channel", value: channel, points, pointsLost: 6 - points });
    expect(scored(record).score).toBe(score);
  });

  it("a JSON number in a category field is its text: 7 is the level \"7\", unseen here", () => {
    expect(pointsOf({ ...typical, channel: 7 }, "C12")?.value).toBe("7");
    expect(pointsOf({ ...typical, channel: 7 }, "C12")?.points).toBe(-4);
  });

  it("a characteristic without other scores an unseen level as missing", () => {
    const json = structuredClone(ownJson);
    delete json.scorecard.characteristics[11].other;
    json.scorecard.characteristics[11].missing = -1;
    const policy = policyFromJson(json, "p.json").policy;
    expect(pointsOf({ ...typical, channel: "tv" }, "C12", policy)?.points).toBe(-1);
  });
});

describe("a special value's set bin comes before the range bins (C11 queries6m: [-1] 0, <1 12, 1–3 5, ≥4 −10)", () => {
  it.each([
    [-1, 0], // -1 is also < 1, whose range bin gives 12: the set bin wins
    [0, 12],
    [3, 5],
    [4, -10],
  ])("queries6m %i scores %i", (queries6m, points) => {
    expect(pointsOf({ ...typical, queries6m }, "C11")?.points).toBe(points);
  });

  it("a number 9999 matches levels [9999], booleans score through set bins", () => {
    const json = structuredClone(ownJson);
    json.fields[0].max = 9999;
    json.scorecard.characteristics[10].bins.unshift({ levels: [9999], points: 3 });
    json.fields.push({ name: "hasCar", type: "boolean" });
    json.scorecard.characteristics.push({ id: "C13", field: "hasCar", missing: 0, reason: { zh: "无车", en: "No car" }, bins: [{ levels: [true], points: 4 }, { levels: [false], points: -2 }] });
    const policy = policyFromJson(json, "p.json").policy;
    expect(pointsOf({ ...typical, queries6m: 9999 }, "C11", policy)?.points).toBe(3); // not the ≥4 bin's −10
    expect(pointsOf({ ...typical, hasCar: true }, "C13", policy)?.points).toBe(4);
    expect(pointsOf({ ...typical, hasCar: false }, "C13", policy)?.points).toBe(-2);
    expect(pointsOf(typical, "C13", policy)?.points).toBe(0);
  });
});

describe("knock-outs on declared fields", () => {
  const codes = (record: Json, policy: Policy = own) => knockoutsHit(toProfile(record, policy), policy.knockouts).map((k) => k.code);
  it("op in (KO20: channel in partner, agent) hits a listed level only; a missing value skips it", () => {
    expect(codes({ ...typical, channel: "partner" })).toEqual(["KO20"]);
    expect(codes({ ...typical, channel: "agent" })).toEqual(["KO20"]);
    expect(codes({ ...typical, channel: "app" })).toEqual([]);
    expect(codes(typical)).toEqual([]);
    expect(simulate(toProfile({ ...typical, channel: "partner" }, own), own, "2026-01-15")).toMatchObject({ decision: "declined", code: "KO20" });
  });

  it("eq with a string value on a category; in on a number field (9999 is 9999, \"9999\" is no number)", () => {
    const json = structuredClone(ownJson);
    json.fields[0].max = 9999;
    json.knockouts.push({ code: "KO21", field: "channel", op: "eq", value: "store", decision: "declined", text: { zh: "门店", en: "Store" } });
    json.knockouts.push({ code: "KO22", field: "queries6m", op: "in", levels: [9999, 50], decision: "declined", text: { zh: "查询异常", en: "Odd query count" } });
    const policy = policyFromJson(json, "p.json").policy;
    expect(codes({ ...typical, channel: "store" }, policy)).toEqual(["KO21"]);
    expect(codes({ ...typical, channel: "web" }, policy)).toEqual([]);
    expect(codes({ ...typical, queries6m: 9999 }, policy)).toEqual(["KO22"]);
    expect(codes({ ...typical, queries6m: 51 }, policy)).toEqual([]);
  });
});

describe("limit.missingMoney: zero (the default) against ignore, band D (income × 3, spend × 1.6, DSR cap 45%, 12.775%, terms to 12)", () => {
  const { policy } = defaultPolicy();
  const band = policy.bands[3]!;
  const apr = new Decimal("12.775");
  const limit = (record: Json, missingMoney: "zero" | "ignore") => {
    const r = creditLimit(record as unknown as Profile, band, apr, { ...policy.limit, missingMoney });
    return [r.limit.toFixed(2), r.binding];
  };
  // The payment capacity 0.45 × 10,000 − 2,500 = 2,000 a month for 12 months at 12.775%/12:
  // 2,000 × (1 − 1.010645833…^−12) / 0.010645833… = 22,417.4…, floored to the 500 step: 22,000.
  const r = 0.12775 / 12;
  const capacity = (2000 * (1 - (1 + r) ** -12)) / r;
  it("the hand figure for capacity", () => expect(Math.floor(capacity / 500) * 500).toBe(22000));

  it("spend12m missing: zero counts it 0 (limit 0, bound by spend); ignore leaves spend out, capacity binds", () => {
    const { spend12m: _, ...noSpend } = typical;
    expect(limit(noSpend, "zero")).toEqual(["0.00", "spend"]);
    expect(limit(noSpend, "ignore")).toEqual(["22000.00", "capacity"]);
  });

  it("spend and debt missing: ignore leaves capacity out too, the band's 25,000 binds; zero: spend 0", () => {
    const { spend12m: _s, existingMonthlyDebt: _d, ...bare } = typical;
    expect(limit(bare, "zero")).toEqual(["0.00", "spend"]);
    expect(limit(bare, "ignore")).toEqual(["25000.00", "band"]);
  });

  it("income missing (requiredFields []): ignore leaves income and capacity out, spend 1.6 × 12,000 = 19,200 → 19,000; zero: income 0", () => {
    const { monthlyIncome: _, ...noIncome } = typical;
    expect(limit(noIncome, "zero")).toEqual(["0.00", "income"]);
    expect(limit(noIncome, "ignore")).toEqual(["19000.00", "spend"]);
  });

  it("income and debt missing under ignore: every term of the band is offered up to the limit (no capacity to shorten it)", () => {
    const { spend12m: _s, existingMonthlyDebt: _d, monthlyIncome: _i, ...bare } = typical;
    const r = creditLimit(bare as unknown as Profile, band, apr, { ...policy.limit, missingMoney: "ignore" });
    expect([r.limit.toFixed(2), r.binding, r.paymentCapacity]).toEqual(["25000.00", "band", undefined]);
    const offers = termOffers(band, r, apr, { ...policy.limit, missingMoney: "ignore" });
    // Band D's terms, each lending the band's 25,000 (before the fix: none, capacity counted as 0).
    expect(offers.map((o) => [o.terms, o.maxAmount.toFixed(2)])).toEqual(band.terms.map((n) => [n, "25000.00"]));
  });

  it("nothing missing: the same limit either way (spend binds 19,000, as the default policy's typical profile)", () => {
    expect(limit(typical, "ignore")).toEqual(limit(typical, "zero"));
    expect(limit(typical, "zero")).toEqual(["19000.00", "spend"]);
  });
});
