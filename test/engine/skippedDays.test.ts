import { afterAll, describe, expect, it } from "vitest";
import { addMonthsClamped, daysBetween, dueDates } from "../../src/engine/dates.js";
import { runBin, runCli } from "../cli/runCli.js";

// Pacific/Apia went from 2011-12-29 straight to 2011-12-31 (no 2011-12-30), and
// Pacific/Kiritimati from 1994-12-30 to 1995-01-01. A loan's dates are calendar
// dates, so neither time zone may move a due date or a day count. Each zone gets
// its own start dates: due dates are cached per start, and a cache filled under
// one zone must not hide what another does.
const savedTz = process.env.TZ;
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

type Row = { dueDate: string; payment: string; interest: string; balance: string };

async function dailySchedule(start: string): Promise<string[][]> {
  const r = await runCli(["quote", "10000", "--apr", "12", "--terms", "3", "--interest", "daily", "--start", start, "--product", "none", "--format", "json"]);
  return (JSON.parse(r.stdout) as { schedule: Row[] }).schedule.map((row) => [row.dueDate, row.payment, row.interest, row.balance]);
}

describe("calendar dates under TZ=Pacific/Apia (no 2011-12-30)", () => {
  it("due dates land on the skipped day like any other day", () => {
    process.env.TZ = "Pacific/Apia"; // Node applies a TZ change to Date at once
    expect(dueDates("2011-10-30", 3)).toEqual(["2011-11-30", "2011-12-30", "2012-01-30"]);
    expect(dueDates("2011-12-30", 3)).toEqual(["2012-01-30", "2012-02-29", "2012-03-30"]);
    expect(addMonthsClamped("2011-12-29", 1)).toBe("2012-01-29");
    expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
  });

  it("quote --interest daily charges each period's actual calendar days", async () => {
    process.env.TZ = "Pacific/Apia";
    // By hand, 12% over 365 days, daily interest, 10,000 over 3 periods drawn 2011-11-30:
    // periods of 30, 31 and 30 days (Nov 30 → Dec 30 → Jan 30 → Feb 29, 2012 a leap year).
    // Interest 10000 × 0.12 × 30/365 = 98.6301… → 98.63; the level installment 3,400.22
    // leaves principal 3,301.59, balance 6,698.41; 6698.41 × 0.12 × 31/365 = 68.2684… →
    // 68.27, balance 3,366.46; 3366.46 × 0.12 × 30/365 = 33.2035… → 33.20, paid in full.
    expect(await dailySchedule("2011-11-30")).toEqual([
      ["2011-12-30", "3400.22", "98.63", "6698.41"],
      ["2012-01-30", "3400.22", "68.27", "3366.46"],
      ["2012-02-29", "3399.66", "33.20", "0.00"],
    ]);
  });
});

describe("calendar dates under TZ=Pacific/Kiritimati (no 1994-12-31)", () => {
  it("due dates land on the skipped day like any other day", () => {
    process.env.TZ = "Pacific/Kiritimati";
    expect(dueDates("1994-10-31", 3)).toEqual(["1994-11-30", "1994-12-31", "1995-01-31"]);
    expect(addMonthsClamped("1994-12-31", 1)).toBe("1995-01-31");
    expect(daysBetween("1994-12-30", "1995-01-01")).toBe(2);
  });

  it("quote --interest daily charges each period's actual calendar days", async () => {
    process.env.TZ = "Pacific/Kiritimati";
    // By hand as above, drawn 1994-10-31: 30, 31 and 31 days (Nov 30, Dec 31, Jan 31).
    // 10000 × 0.12 × 30/365 = 98.6301… → 98.63; level installment 3,400.22 → balance
    // 6,698.41; 6698.41 × 0.12 × 31/365 = 68.2687… → 68.27, balance 3,366.46;
    // 3366.46 × 0.12 × 31/365 = 34.3102… → 34.31, paid in full with 3,400.77.
    expect(await dailySchedule("1994-10-31")).toEqual([
      ["1994-11-30", "3400.22", "98.63", "6698.41"],
      ["1994-12-31", "3400.22", "68.27", "3366.46"],
      ["1995-01-31", "3400.77", "34.31", "0.00"],
    ]);
  });
});

describe("the built binary in a zone that skipped a day", () => {
  it("prints the same bytes as under TZ=UTC for starts around the skipped days", () => {
    const cases: [string, string][] = [["Pacific/Apia", "2011-11-30"], ["Pacific/Apia", "2011-12-30"], ["Pacific/Kiritimati", "1994-10-31"]];
    for (const [zone, start] of cases) {
      const args = ["quote", "10000", "--apr", "12", "--terms", "3", "--interest", "daily", "--start", start, "--product", "none", "--format", "csv"];
      const utc = runBin(args, { TZ: "UTC" });
      expect([zone, start, runBin(args, { TZ: zone }).stdout]).toEqual([zone, start, utc.stdout]);
    }
  });
});
