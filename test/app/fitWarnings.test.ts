import { describe, expect, it } from "vitest";
import type { BinReport, CharacteristicReport } from "../../src/app/scorecard/characteristicReport.js";
import { characteristicWarnings, modelWarnings, sampleWarnings } from "../../src/app/scorecard/fitWarnings.js";

const bin = (label: string, share: number, extra: Partial<BinReport> = {}): BinReport => ({ label, records: 0, share, goods: 0, bads: 0, badRate: 0, woe: 0, iv: 0, points: 0, ...extra });
const characteristic = (extra: Partial<CharacteristicReport>): CharacteristicReport => ({ id: "C07", field: "spend12m", iv: 0.05, kept: true, trend: "falling", trendFrom: "base", coefficient: -1, bins: [bin("<2000", 0.5), bin("≥2000", 0.45), bin("missing", 0.05, { missing: true })], ...extra });

describe("fit warnings", () => {
  it("none for a kept characteristic with a negative coefficient, bins of 5% or more and a missing bin", () => {
    expect(characteristicWarnings(characteristic({}))).toEqual([]);
  });

  it("a dropped characteristic says only that, with its IV", () => {
    expect(characteristicWarnings(characteristic({ kept: false, iv: 0.0125 }))).toEqual([{ kind: "dropped", id: "C07", field: "spend12m", iv: 0.0125, limit: 0.02, text: "C07 spend12m: dropped, IV 0.0125 is below 0.02" }]);
  });

  it("a coefficient of 0 or more is wrong-signed; a bin under 5% and no missing bin are named", () => {
    const w = characteristicWarnings(characteristic({ coefficient: 0.0463, bins: [bin("<2000", 0.97), bin("≥2000", 0.03)] }));
    expect(w.map((x) => x.kind)).toEqual(["wrongSign", "smallBin", "noMissing"]);
    expect(w[1]).toMatchObject({ bin: "≥2000", share: 0.03, text: "C07 spend12m: bin ≥2000 holds 3.00% of the training records, under 5%" });
  });

  it("the model: not converged, scaling kept", () => {
    expect(modelWarnings(true, 8, true)).toEqual([]);
    expect(modelWarnings(false, 50, false).map((w) => w.kind)).toEqual(["notConverged", "scalingKept"]);
  });
});

describe("too few bads in train", () => {
  it("299 bads: one warning with the count and the minimum; 300: none", () => {
    expect(sampleWarnings(299)).toEqual([{ kind: "fewBads", bads: 299, minimum: 300, text: "train holds 299 bads, fewer than 300: the bins' WOE and the coefficients rest on few defaults; check the holdout figures before using the card" }]);
    expect(sampleWarnings(300)).toEqual([]);
    expect(sampleWarnings(0).map((w) => w.kind)).toEqual(["fewBads"]);
  });
});
