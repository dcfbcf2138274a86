import { describe, expect, it } from "vitest";
import { renderPortfolioCsv } from "../../src/views/portfolioCsv.js";
import { CHALLENGED, RANGED, SINGLE, SWEEP } from "./portfolioFixtures.js";

const records = (csv: string) => csv.split("\r\n").slice(0, -1);
const HEADER = "month,active,outstanding,dpd1to30,dpd31to60,dpd61to90,dpd90plus,npl,chargeOffs,recoveries,interestIncome,fundingCost,operatingCost,vat,netIncome";

describe("portfolio csv", () => {
  it("one record per month, the figures exactly as the result holds them, CRLF after each", () => {
    const csv = renderPortfolioCsv(SINGLE);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(records(csv)).toEqual([
      `role,${HEADER}`,
      "champion,0,100,500000.00,0.00,0.00,0.00,0.00,0.0000,0.00,0.00,0.00,0.00,0.00,0.00,-2000.00",
      "champion,1,98,420123.45,5000.00,0.00,0.00,0.00,0.0000,0.00,0.00,8401.23,1458.33,0.00,0.00,6942.90",
      "champion,2,95,338000.00,4200.00,3900.00,0.00,0.00,0.0000,0.00,0.00,6760.00,1225.36,0.00,0.00,5534.64",
      "champion,3,93,251234.56,3000.00,2500.00,0.00,5391.23,0.0215,1200.00,150.00,5024.69,916.17,0.00,0.00,3058.52",
    ]);
  });

  it("with a challenger, its months follow the champion's, each under its role", () => {
    const lines = records(renderPortfolioCsv(CHALLENGED));
    expect(lines).toHaveLength(1 + 4 + 4);
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 2).join(","))).toEqual(["champion,0", "champion,1", "champion,2", "champion,3", "challenger,0", "challenger,1", "challenger,2", "challenger,3"]);
    expect(lines[8]).toBe("challenger,3,100,276000.00,4000.00,3000.00,0.00,8280.00,0.0300,2000.00,250.00,5520.00,805.00,0.00,0.00,2965.00");
  });

  it("with --sweep, a sweepValue column after the role: 4 values × 4 months", () => {
    const lines = records(renderPortfolioCsv(SWEEP));
    expect(lines[0]).toBe(`role,sweepValue,${HEADER}`);
    expect(lines).toHaveLength(1 + 16);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["18", "20", "22", "24"].flatMap((v) => [v, v, v, v]));
    expect(lines[16]).toBe("champion,24,3,93,251234.56,3000.00,2500.00,0.00,5391.23,0.0215,1200.00,150.00,5024.69,916.17,0.00,0.00,3058.52");
  });

  it("a fractional mean count is written as JSON writes the number, not rounded", () => {
    const months = [{ ...SINGLE.books[0]!.months[0]!, active: 301 / 3 }];
    const csv = renderPortfolioCsv({ ...RANGED, books: [{ ...RANGED.books[0]!, months }] });
    expect(records(csv)[1]?.split(",")[2]).toBe(JSON.stringify(301 / 3)); // 100.33333333333333
  });
});
