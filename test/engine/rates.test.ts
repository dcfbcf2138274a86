import { describe, expect, it } from "vitest";
import { annualFromDaily, dailyFromAnnual, monthlyRate } from "../../src/engine/rates.js";

describe("rate conversions", () => {
  it("0.02% a day is 7.3% a year on 365 days and 7.2% on 360", () => {
    expect(annualFromDaily("0.02", 365).toString()).toBe("7.3");
    expect(annualFromDaily("0.02", 360).toString()).toBe("7.2");
  });
  it("24% a year is 0.0657534…% a day on 365 days, 0.0666…% on 360", () => {
    expect(dailyFromAnnual("24", 365).toFixed(7)).toBe("0.0657534");
    expect(dailyFromAnnual("24", 360).toFixed(6)).toBe("0.066667");
  });
  it("keeps the monthly rate unrounded: 7.3/1200", () => {
    expect(monthlyRate("7.3").times(1200).toString()).toBe("7.3");
    expect(monthlyRate("7.3").toString()).toBe("0.006083333333333333333333333333333333333333");
  });
});
