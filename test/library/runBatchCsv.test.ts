import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/index.js";

// The typical profile (examples/profiles/typical.json) and one whose age is no number, as CSV and as NDJSON.
const header = "id,invited,realNameVerified,age,isStudent,blacklistHit,currentOverdueDays,maxDpd24m,zhimaScore,activeLenders,loanApplications3m,monthlyIncome,existingMonthlyDebt,accountAgeMonths,orders12m,spend12m,refundRate12m,cashLikeShare12m,request.amount,request.terms,channel";
const csv = `${header}\r\ntypical,true,true,30,false,false,0,0,680,1,1,10000,2500,60,132,12000,0.08,0.03,10000,9,007\r\nbad,TRUE,,thirty,,,,,,,,9000,,,,,,,,,\r\n`;
const typical = { id: "typical", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03, request: { amount: 10000, terms: 9 }, channel: 7 };
const ndjson = `\n${JSON.stringify(typical)}\n${JSON.stringify({ id: "bad", invited: true, age: "thirty", monthlyIncome: 9000 })}\n`;

describe("runBatch reads CSV", () => {
  it("the same lines as from the equivalent NDJSON; the bad row is its error line", async () => {
    const fromCsv = await runBatch(csv, { start: "2026-01-15" });
    const fromJson = await runBatch(ndjson, { start: "2026-01-15" });
    expect(fromCsv.lines).toBe(fromJson.lines);
    expect(JSON.parse(fromCsv.lines.split("\n")[0] as string)).toMatchObject({ id: "typical", score: 612, limit: "19000.00" });
    expect(JSON.parse(fromCsv.lines.split("\n")[1] as string)).toEqual({ line: 3, id: "bad", error: 'field age: expected an integer, got "thirty"' });
    expect([...fromCsv.unknown]).toEqual([["channel", 1]]);
  });

  it("fieldTypes reach the reader (a column typed as text stays text), and inputFormat says CSV", async () => {
    const out = await runBatch(`id,invited,age,monthlyIncome\na,true,30,10000\n`, { start: "2026-01-15", fieldTypes: new Map([["age", "category"]]) });
    expect(JSON.parse(out.lines)).toEqual({ line: 2, id: "a", error: 'field age: expected an integer, got "30"' });
    const asCsv = await runBatch(`{"id":"a"}`, { start: "2026-01-15", inputFormat: "csv" });
    expect([asCsv.count, asCsv.lines]).toEqual([0, ""]);
  });
});
