import fc from "fast-check";
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

describe("daysBetween without Date, and cached due dates", () => {
  it("counts the days a UTC calendar counts, over years 0000…9999", () => {
    // Reference: Date.UTC day numbers (setUTCFullYear keeps years 0–99 as written).
    const utcDay = (y: number, m: number, d: number) => {
      const t = new Date(0);
      t.setUTCFullYear(y, m - 1, d);
      return t.getTime() / 86_400_000;
    };
    const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const date = fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(daysBetween(iso(a.y, a.m, a.d), iso(b.y, b.m, b.d))).toBe(utcDay(b.y, b.m, b.d) - utcDay(a.y, a.m, a.d));
      }),
      { numRuns: 5_000 },
    );
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2); // 2024 is a leap year
    expect(daysBetween("1900-02-28", "1900-03-01")).toBe(1); // 1900 is not
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2); // 2000 is
  });

  it("hands every caller its own array of due dates", () => {
    const first = dueDates("2026-01-31", 3);
    first[0] = "changed";
    expect(dueDates("2026-01-31", 3)).toEqual(["2026-02-28", "2026-03-31", "2026-04-30"]);
  });
});
