import { describe, expect, it } from "vitest";
import { renderFitTable } from "../../src/views/fitView.js";
import { renderValidateTable } from "../../src/views/validateView.js";
import { FIT, VALIDATE } from "./scorecardFixtures.js";

// The report says what happened, in the reader's language.

const KEPT = { kind: "scalingKept" as const, text: "the score → PD map could not be refitted (a higher score does not mean fewer defaults on train): the base policy's scaling is kept" };

describe("the scorecard line", () => {
  it("says refitted when the score → PD map was refitted", () => {
    expect(renderFitTable(FIT, { lang: "en", colorLevel: 0, columns: 200 })).toMatch(/^scorecard: .* \(refitted on train scores\)$/m);
  });

  it("says kept, not refitted, when the warning says the base scaling is kept", () => {
    const text = renderFitTable({ ...FIT, warnings: [KEPT, ...FIT.warnings] }, { lang: "en", colorLevel: 0, columns: 200 });
    expect(text).toMatch(/^scorecard: .* \(the base policy's scaling, kept: it could not be refitted on train scores\)$/m);
    expect(text).not.toMatch(/\(refitted on train scores\)/);
    const zh = renderFitTable({ ...FIT, warnings: [KEPT, ...FIT.warnings] }, { lang: "zh", colorLevel: 0, columns: 200 });
    expect(zh).toMatch(/^评分卡：.*（沿用基准策略的 scaling：无法按训练集分数重新校准）$/m);
  });
});

describe("Chinese tables have no English words for missing and below cutoff", () => {
  it("fit: the missing bin and the row under the cut-off", () => {
    const text = renderFitTable(FIT, { lang: "zh", colorLevel: 0 });
    expect(text).not.toMatch(/missing|below cutoff/);
    expect(text).toMatch(/│ 缺失 +│/);
    expect(text).toMatch(/│ 低于准入线 +│ +– │/);
  });

  it("validate: the row under the cut-off", () => {
    const text = renderValidateTable(VALIDATE, { lang: "zh", colorLevel: 0 });
    expect(text).not.toMatch(/below cutoff/);
    expect(text).toMatch(/│ 低于准入线 +│ +– │/);
  });

  it("the JSON keeps its words: missing bins and the below-cutoff band stay as the schema has them", () => {
    expect(FIT.characteristics[0]?.bins.at(-1)?.label).toBe("missing");
    expect(FIT.calibration.at(-1)?.band).toBe("below cutoff");
  });
});
