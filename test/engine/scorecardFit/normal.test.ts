import { describe, expect, it } from "vitest";
import { erfc, normalCdf, twoSidedP } from "../../../src/engine/scorecardFit/normal.js";

// Published values: erfc from DLMF §7 / Abramowitz & Stegun table 7.1 (to 17
// significant digits, as Wolfram|Alpha prints them to more), Φ from R's pnorm.
const PUBLISHED: [number, number][] = [
  [0, 1],
  [0.1, 0.88753708398171525],
  [0.3, 0.67137324054087258],
  [0.5, 0.47950012218695346],
  [1, 0.15729920705028513],
  [2, 0.0046777349810472658],
  [3, 2.2090496998585441e-5],
  [4, 1.5417257900280019e-8],
  [5, 1.5374597944280349e-12],
  [10, 2.0884875837625448e-45],
  [-1, 1.8427007929497149],
  [-0.3, 1.3286267594591274],
];

const relative = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe("erfc by Cody's rational approximations", () => {
  for (const [x, want] of PUBLISHED) {
    it(`erfc(${x}) = ${want} to 1e-12 relative`, () => {
      expect(relative(erfc(x), want)).toBeLessThan(1e-12);
    });
  }

  it("far tail underflows to 0 (and 2 on the left); NaN stays NaN", () => {
    expect(erfc(27)).toBe(0);
    expect(erfc(-27)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it("continuous across the intervals' edges 0.46875 and 4", () => {
    for (const edge of [0.46875, 4]) expect(relative(erfc(edge - 1e-12), erfc(edge + 1e-12))).toBeLessThan(1e-10);
  });
});

describe("the normal distribution function and two-sided p-values", () => {
  it("Φ(1.96) = 0.9750021048517795, Φ(−1.96) = 0.024997895148220435 (R pnorm)", () => {
    expect(relative(normalCdf(1.96), 0.9750021048517795)).toBeLessThan(1e-12);
    expect(relative(normalCdf(-1.96), 0.024997895148220435)).toBeLessThan(1e-12);
    expect(normalCdf(0)).toBe(0.5);
  });

  it("p = 2(1 − Φ(|z|)): 0.05 at 1.959963984540054, 1 at 0, 1.973175290075402e-9 at ±6", () => {
    expect(relative(twoSidedP(1.959963984540054), 0.05)).toBeLessThan(1e-12);
    expect(twoSidedP(0)).toBe(1);
    expect(relative(twoSidedP(-6), 1.973175290075402e-9)).toBeLessThan(1e-12);
    expect(twoSidedP(6)).toBe(twoSidedP(-6));
  });
});
