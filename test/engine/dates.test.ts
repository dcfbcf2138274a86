import { describe, expect, it } from "vitest";
import { addMonthsClamped, daysBetween, dueDates, isIsoDate } from "../../src/engine/dates.js";

describe("due dates", () => {
  it("clamps to month end and always counts from the start (Jan 31)", () => {
    // Calendar facts: 2026 is not a leap year, 2028 is.
    expect(dueDates("2026-01-31", 4)).toEqual(["2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"]);
    expect(dueDates("2028-01-31", 2)).toEqual(["2028-02-29", "2028-03-31"]);
    expect(dueDates("2026-08-31", 2)).toEqual(["2026-09-30", "2026-10-31"]);
  });

  it("crosses year ends", () => {
    expect(addMonthsClamped("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonthsClamped("2026-12-15", 12)).toBe("2027-12-15");
  });

  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-1-5", false],
    ["20260105", false],
  ])("isIsoDate(%s) is %s", (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });

  it("counts days with the first day in and the last out", () => {
    expect(daysBetween("2026-01-15", "2026-02-15")).toBe(31);
    expect(daysBetween("2026-02-15", "2026-03-15")).toBe(28);
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
  });
});
