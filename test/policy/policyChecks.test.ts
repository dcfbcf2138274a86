import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPolicy, policyFromJson, policyFromText } from "../../src/policy/loadPolicy.js";

// Each case is one of issue 12's silent acceptances: a copy of the default policy with one edit,
// now a load error (naming the path) or a lint warning.
const text = readFileSync(new URL("../../src/policy/default-policy.json", import.meta.url), "utf8");
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const edited = (edit: (p: Json) => void): Json => {
  const p = JSON.parse(text) as Json;
  edit(p);
  return p;
};
const loadError = (p: Json) => {
  try {
    policyFromJson(p, "p.json");
  } catch (error) {
    return (error as Error).message;
  }
  return "loaded";
};
const warnings = (p: Json) => checkPolicy(p).warnings.map((w) => `${w.path}: ${w.message}`);
const rename = (o: Json, from: string, to: string) => {
  o[to] = o[from];
  delete o[from];
};

describe("an unknown key anywhere in a policy is an error naming its path, with a near known key", () => {
  it("knockouts[2].mni (the age rule's min)", () => {
    expect(loadError(edited((p) => rename(p.knockouts[2], "min", "mni")))).toBe('policy p.json: knockouts[2]: unknown key "mni" (did you mean "min"?)');
  });
  it("a bin's mxa", () => {
    expect(loadError(edited((p) => rename(p.scorecard.characteristics[0].bins[0], "max", "mxa")))).toBe('policy p.json: scorecard.characteristics[0].bins[0]: unknown key "mxa" (did you mean "max"?)');
  });
  it("bands[0].maxLimt says maxLimit is therefore missing", () => {
    expect(loadError(edited((p) => rename(p.bands[0], "maxLimit", "maxLimt")))).toBe('policy p.json: bands[0]: unknown key "maxLimt" (did you mean "maxLimit"?); "maxLimit" is missing');
  });
  it("knockouts[9].feild: feild is unknown and field missing (not 'expected one of')", () => {
    expect(loadError(edited((p) => rename(p.knockouts[9], "field", "feild")))).toBe('policy p.json: knockouts[9]: unknown key "feild" (did you mean "field"?); "field" is missing');
  });
  it("a key with no near match lists the known ones; the top level too", () => {
    expect(loadError(edited((p) => (p.comment = "x")))).toBe('policy p.json: (top level): unknown key "comment" (known: name, version, note, fields, requiredFields, knockouts, scorecard, cutoff, bands, pricing, limit, request, economics)');
  });
});

describe("contradictions are load errors", () => {
  const cases: [string, (p: Json) => void, string][] = [
    ["band APR above the cap", (p) => (p.bands[0].apr = 30), "bands[0].apr: 30 is above pricing.capApr 24 (it would be cut to the cap)"],
    ["band APR below the floor", (p) => (p.bands[0].apr = 0), "bands[0].apr: 0 is below pricing.floorApr 7.3 (it would be raised to the floor)"],
    // issue 21: simulate offered prices that quote refuses
    ["floor under the product's 7.3% minimum", (p) => (p.pricing.floorApr = 7), "pricing.floorApr: 7 is below the product's minimum APR 7.3% (quote refuses such a loan)"],
    ["band APR under the product's minimum, floor lowered too", (p) => Object.assign(p.pricing, { floorApr: 0 }) && (p.bands[0].apr = 7.06), "bands[0].apr: 7.06 is below the product's minimum APR 7.3% (quote refuses such a loan)"],
    ["cap over the product's 24% maximum", (p) => (p.pricing.capApr = 24.01), "pricing.capApr: 24.01 is above the product's maximum APR 24% (quote refuses such a loan)"],
    ["age rule min 55 max 18", (p) => Object.assign(p.knockouts[2], { min: 55, max: 18 }), "knockouts[2].min: 55 is above max 18: the rule would knock out everyone"],
    ["limit.minimum above the product maximum", (p) => (p.limit.minimum = 60000), "limit.minimum: 60000 is above limit.productMax 50000: nobody could be approved"],
    ["two bands named C", (p) => (p.bands[3].band = "C"), 'bands[3].band: band name "C" is used twice (also bands[2].band)'],
    ["a duplicate rule code", (p) => (p.knockouts[1].code = "KO01"), 'knockouts[1].code: rule code "KO01" is used twice (also knockouts[0].code)'],
    ["overlapping bins", (p) => (p.scorecard.characteristics[0].bins[1].min = 590), "scorecard.characteristics[0].bins[1]: overlaps bins[0]: a value would fit both"],
    ["band maxLimit above the product maximum", (p) => (p.bands[0].maxLimit = 80000), "bands[0].maxLimit: 80000 is above limit.productMax 50000"],
    ["band terms the product refuses", (p) => (p.bands[0].terms = [3, 6, 9, 12, 24]), "bands[0].terms: 24 is outside the product's 3–12 terms"],
    // simulate would print the 3-term row twice
    ["a band term repeated", (p) => (p.bands[3].terms = [3, 3, 6]), "bands[3].terms: 3 appears twice"],
  ];
  for (const [name, edit, message] of cases) it(name, () => expect(loadError(edited(edit))).toBe(`policy p.json: ${message}`));

  it('a knock-out value of the wrong type reads the same whatever the type: "10" and true', () => {
    expect(loadError(edited((p) => (p.knockouts[7].value = "10")))).toBe('policy p.json: knockouts[7].value: expected a number for field zhimaScore, got "10"');
    expect(loadError(edited((p) => (p.knockouts[7].value = true)))).toBe("policy p.json: knockouts[7].value: expected a number for field zhimaScore, got true");
  });

  it("a JSON syntax error gives line and column, not a position", () => {
    expect(() => policyFromText('{\n  "name": "x",\n  "version": 1,,\n}', "p.json")).toThrow(/^policy p\.json: not valid JSON \(line 3, column 16: /);
  });
});

describe("suspicious choices are warnings", () => {
  it("the cutoff above bands G and H: both unreachable", () => {
    expect(warnings(edited((p) => (p.cutoff.minScore = 570)))).toEqual(
      expect.arrayContaining(["bands[6]: unreachable: its scores (below 570) are all under cutoff.minScore 570", "bands[7]: unreachable: its scores (below 560) are all under cutoff.minScore 570"]),
    );
  });
  it("band D's APR below band C's", () => {
    expect(warnings(edited((p) => (p.bands[3].apr = 10)))).toContain("bands[3].apr: 10 is below bands[2].apr 10.95: a riskier band is cheaper");
  });
  it("a gap between bins", () => {
    expect(warnings(edited((p) => (p.scorecard.characteristics[0].bins[1].min = 610)))).toContain("scorecard.characteristics[0].bins[1]: gap from 600 to 610: values there score as the nearest bin");
  });
  it("a band above the highest possible score (580 + 28+12+10+10+18+12+20+10+5+5 = 710)", () => {
    expect(warnings(edited((p) => (p.bands[0].minScore = 711)))).toContain("bands[0]: unreachable: minScore 711 is above the highest possible score 710");
  });
  it("two characteristics on one field: C02 moved to zhimaScore counts it twice", () => {
    expect(warnings(edited((p) => (p.scorecard.characteristics[1].field = "zhimaScore")))).toContain(
      "scorecard.characteristics[1].field: zhimaScore is also scored by scorecard.characteristics[0].field: it counts twice in the score",
    );
  });
  it("a cutoff above the highest possible score (710, as above): said once, and band A is unreachable too", () => {
    const w = warnings(edited((p) => (p.cutoff.minScore = 800)));
    expect(w).toContain("cutoff.minScore: no applicant can reach cutoff.minScore 800 (the highest possible score is 710)");
    expect(w).toContain("bands[0]: unreachable: cutoff.minScore 800 is above the highest possible score 710");
    expect(w).toContain("bands[1]: unreachable: its scores (below 670) are all under cutoff.minScore 800");
    // every one of the eight bands
    expect(w.filter((x) => /^bands\[\d\]: unreachable/.test(x))).toHaveLength(8);
  });
  it("a band whose maxLimit is under limit.minimum: band H (6000) when the minimum is 8000", () => {
    const w = warnings(edited((p) => (p.limit.minimum = 8000)));
    expect(w).toContain("bands[7].maxLimit: 6000 is below limit.minimum 8000: band H can never approve anyone");
    // G's 10,000 still reaches 8,000
    expect(w.filter((x) => x.includes("limit.minimum"))).toHaveLength(1);
  });
  it("a band maxLimit that the limit step rounds under limit.minimum (6200 → 6000 by 500s, minimum 6100)", () => {
    expect(warnings(edited((p) => Object.assign(p.bands[7], { maxLimit: 6200 }) && (p.limit.minimum = 6100)))).toContain(
      "bands[7].maxLimit: 6200 rounds down to 6000 (limit.step 500), below limit.minimum 6100: band H can never approve anyone",
    );
  });
  it("the default policy: only the missing-value warnings docs/policy.md justifies (Zhima missing −20 beats 550–600's −40)", () => {
    const w = warnings(JSON.parse(text));
    expect(w[0]).toBe("scorecard.characteristics[0].missing: -20 scores above the worst bin (-40): leaving zhimaScore out beats its worst value");
    // C01 zhimaScore −20 > −40, C02 maxDpd24m 0 > −55, C03 activeLenders −10 > −35, C04 dsr −10 > −35,
    // C08 refundRate12m 0 > −30, C09 cashLikeShare12m 0 > −35; age is required, C05–C07 equal their worst.
    expect(w.map((x) => x.slice(0, x.indexOf(":")))).toEqual([0, 1, 2, 3, 7, 8].map((i) => `scorecard.characteristics[${i}].missing`));
    expect(checkPolicy(JSON.parse(text)).errors).toEqual([]);
  });
});
