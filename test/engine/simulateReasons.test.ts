import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate/simulate.js";
import { policyFromJson } from "../../src/policy/loadPolicy.js";
import { PolicyError } from "../../src/policy/policyError.js";
import { toProfile } from "../../src/policy/toProfile.js";

// How many reasons an offer lists and the code each characteristic gives are policy data
// (scorecard.reasons.max, characteristics[i].reason.code), not constants in the engine.
const defaultJson = JSON.parse(readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8"));
const thinFile = toProfile(JSON.parse(readFileSync(new URL("../../examples/profiles/thin-file.json", import.meta.url), "utf8")));
const reasonCodes = (json: unknown) => simulate(thinFile, policyFromJson(json, "(test)").policy, "2026-01-15").reasons.map((r) => r.code);

// thin-file (age 24, income 6000, account 8 months, 10 orders, spend 3000; the rest missing),
// points lost = best bin − scored, by the default policy's tables:
//   C01 zhima missing 28−(−20)=48 · C05 account 8m 18−(−25)=43 · C06 10 orders 12−(−30)=42 ·
//   C07 spend 3000 20−(−10)=30 · C03 lenders missing 10−(−10)=20 · C04 dsr missing 10−(−10)=20 ·
//   C02 dpd missing 12−0=12 · C08 refund missing 10−0=10 · C10 age 24 5−(−5)=10 · C09 5−0=5.
// Score 580 −20 +0 −10 −10 −25 −30 −10 +0 +0 −5 = 470 < 550: DEC01, then the reasons.
describe("the reasons an offer gives follow the policy", () => {
  it("the built-in policy: DEC01, then the four that lost most (R01 R05 R06 R07)", () => {
    expect(reasonCodes(defaultJson)).toEqual(["DEC01", "R01", "R05", "R06", "R07"]);
  });

  it("scorecard.reasons.max 2 lists two; 6 lists six, the tie C03/C04 in policy order", () => {
    const two = structuredClone(defaultJson);
    two.scorecard.reasons = { max: 2 };
    expect(reasonCodes(two)).toEqual(["DEC01", "R01", "R05"]);
    const six = structuredClone(defaultJson);
    six.scorecard.reasons = { max: 6 };
    expect(reasonCodes(six)).toEqual(["DEC01", "R01", "R05", "R06", "R07", "R03", "R04"]);
  });

  it("a characteristic's reason.code is the code its reason carries", () => {
    const json = structuredClone(defaultJson);
    json.scorecard.characteristics[0].reason.code = "ZHIMA";
    expect(reasonCodes(json)).toEqual(["DEC01", "ZHIMA", "R05", "R06", "R07"]);
  });

  it("a policy written before these keys existed means what it meant: at most 4, Cnn gives Rnn — and says so when printed", () => {
    const old = structuredClone(defaultJson);
    delete old.scorecard.reasons;
    for (const c of old.scorecard.characteristics) delete c.reason.code;
    expect(reasonCodes(old)).toEqual(["DEC01", "R01", "R05", "R06", "R07"]);
    const { json } = policyFromJson(old, "(old)");
    expect(json.scorecard.reasons).toEqual({ max: 4 });
    expect(json.scorecard.characteristics.map((c) => c.reason.code)).toEqual(["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10"]);
  });

  it.each([
    [(j: typeof defaultJson) => (j.scorecard.reasons = { max: -1 }), "policy (bad): scorecard.reasons.max: must be at least 0, got -1"],
    [(j: typeof defaultJson) => (j.scorecard.reasons = { max: 1.5 }), "policy (bad): scorecard.reasons.max: expected an integer, got 1.5"],
    [(j: typeof defaultJson) => (j.scorecard.characteristics[1].reason.code = ""), 'policy (bad): scorecard.characteristics[1].reason.code: must be at least 1, got ""'],
  ])("a bad value is an error naming its path (%#)", (edit, message) => {
    const json = structuredClone(defaultJson);
    edit(json);
    expect(() => policyFromJson(json, "(bad)")).toThrow(new PolicyError(message));
  });
});

describe("the compiled policy carries what a batch summary needs", () => {
  it("pricing.lgd is the policy's loss given default as a decimal (0.9 built in; 0.45 when the file says so)", () => {
    expect(policyFromJson(defaultJson, "(test)").policy.pricing.lgd.toString()).toBe("0.9");
    const json = structuredClone(defaultJson);
    json.pricing.lgd = 0.45;
    expect(policyFromJson(json, "(test)").policy.pricing.lgd.toString()).toBe("0.45");
  });
});
