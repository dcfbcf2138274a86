import { describe, expect, it } from "vitest";
import { describeCharacteristic } from "../../src/app/scorecard/characteristicReport.js";
import type { FittedCharacteristic } from "../../src/app/scorecard/fitScorecard.js";
import { policyBins } from "../../src/app/scorecard/policyBins.js";
import { binCharacteristic } from "../../src/engine/scorecardFit/binCharacteristic.js";
import { DEFAULT_BINNING } from "../../src/engine/scorecardFit/binningOptions.js";
import { binCategories } from "../../src/engine/scorecardFit/categoryBins.js";

// How binned characteristics become policy bins and report rows: ranges, then set bins, the missing bin, and a category's `other` (0).

describe("policyBins", () => {
  it("a number field with a special value: range bins, then the set bin; 0 missing points without a missing bin", () => {
    // −1 ×2 (1 bad), 1 ×2 (1 bad), 5 ×2 (0 bad), breaks at 3
    const binned = binCharacteristic([-1, -1, 1, 1, 5, 5], [1, 0, 1, 0, 0, 0], undefined, { ...DEFAULT_BINNING, breaks: [3], special: [-1] });
    expect(policyBins(binned, [-10, 20, -5])).toEqual({ missing: 0, bins: [{ max: 3, points: -10 }, { min: 3, points: 20 }, { levels: [-1], points: -5 }] });
  });

  it("a category: its groups as set bins, the missing bin's points, and other: 0 (WOE 0, the average)", () => {
    const binned = binCategories(["app", "app", "web", "web", undefined, undefined], [0, 1, 1, 0, 1, 0], { ...DEFAULT_BINNING, groups: [["app"], ["web"]] });
    expect(policyBins(binned, [3, 4, 7])).toEqual({ missing: 7, bins: [{ levels: ["app"], points: 3 }, { levels: ["web"], points: 4 }], other: 0 });
  });
});

describe("set bins in the characteristic report", () => {
  const base = { id: "C11", field: "channel", missing: 0, reason: { code: "R11", text: { zh: "渠道", en: "channel" } }, bins: [] } as unknown as FittedCharacteristic["base"];

  it("a special value reads = -1, a group {app, web}; an unlisted level is counted", () => {
    const special = binCharacteristic([-1, 1, 5], [1, 0, 0], undefined, { ...DEFAULT_BINNING, breaks: [3], special: [-1] });
    expect(describeCharacteristic({ base, binned: special, kept: false }, 3).bins.map((b) => b.label)).toEqual(["<3", "≥3", "= -1"]);
    const groups = binCategories(["app", "web", "store", "tv", undefined], [0, 1, 1, 0, 0], { ...DEFAULT_BINNING, groups: [["app", "web"], ["store"]] });
    const report = describeCharacteristic({ base, binned: groups, kept: false }, 5);
    expect(report.bins.map((b) => [b.label, b.levels, b.records])).toEqual([["{app, web}", ["app", "web"], 2], ["{store}", ["store"], 1], ["missing", undefined, 1]]);
    expect(report.unlisted).toEqual({ levels: ["tv"], records: 1 });
  });
});
