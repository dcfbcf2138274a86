import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population, shuffled } from "./population.js";

// --originate-months N: applicants arrive over N monthly cohorts, the book
// builds and runs off month by month, with vintage curves and roll rates.
const write = tempWriter("suishendai-cohorts-");
const lines = population(1500);
const pop = write("pop.ndjson", `${lines.join("\n")}\n`);
const ARGS = ["--originate-months", "12", "--runs", "2", "--format", "json"];
// The in-process run both the first two tests read, computed once.
let single: Promise<{ code: number; stdout: string; stderr: string }> | undefined;
const singleRun = () => (single ??= runCli(["portfolio", pop, ...ARGS]));

describe("portfolio --originate-months: a book over time", () => {
  it("twelve cohorts: vintage curves that never fall, roll-rate rows that sum to 1, the book NPL when lending stops", async () => {
    const r = await singleRun();
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    const book = out.books[0];
    // The horizon: the last cohort (month 11) + the longest term (12) + 6 months to charge-off at 180 days.
    expect([out.originateMonths, out.horizon, book.months.length]).toEqual([12, 29, 30]);
    expect(book.vintages).toHaveLength(12);
    let booked = 0;
    for (const v of book.vintages) {
      booked += Number(v.bookedAmount);
      expect(Number(v.bookedAmount)).toBeGreaterThan(0); // every cohort drew applicants
      const curve = v.cumulativeDefaultRate.map(Number);
      for (let m = 1; m < curve.length; m++) expect(curve[m]).toBeGreaterThanOrEqual(curve[m - 1]);
      expect(curve.at(-1)).toBeLessThanOrEqual(1);
    }
    expect(booked.toFixed(2)).toBe(book.totals.bookedAmount);
    expect(book.vintages.some((v: { cumulativeDefaultRate: string[] }) => Number(v.cumulativeDefaultRate.at(-1)) > 0)).toBe(true);
    expect(book.rollRates.map((row: { from: string }) => row.from)).toEqual(["current", "dpd1to30", "dpd31to60", "dpd61to90", "dpd90plus"]);
    for (const row of book.rollRates) {
      expect(row.loanMonths).toBeGreaterThan(0);
      const total = Object.values(row.to as Record<string, string>).reduce((s, v) => s + Number(v), 0);
      expect(Math.abs(total - 1)).toBeLessThanOrEqual(0.0004); // seven shares, each rounded to 4 places
    }
    // Cures come back to current; 90+ never cures; 61–90 never goes to 1–30.
    expect(Number(book.rollRates[2].to.current)).toBeGreaterThan(0);
    expect(book.rollRates[4].to.current).toBe("0.0000");
    expect(book.rollRates[3].to.dpd1to30).toBe("0.0000");
    expect(book.totals.bookNpl).toBe(book.months[11].npl);
    expect(Number(book.months[11].outstanding)).toBeGreaterThan(Number(book.months[0].outstanding));
  });

  it("the same bytes for shuffled input and --jobs 2", async () => {
    const a = await singleRun();
    const other = write("shuffled.ndjson", `${shuffled(lines, 3).join("\n")}\n`);
    const b = spawnSync(process.execPath, [BIN, "portfolio", other, ...ARGS, "--jobs", "2"], { encoding: "utf8", maxBuffer: 1 << 26 });
    expect(b.stderr).toBe("");
    expect(b.stdout).toBe(a.stdout);
  });

  it("shards run with --partial and merged give the single run's bytes (vintages and roll rates are sums)", async () => {
    const whole = await runCli(["portfolio", pop, ...ARGS, "--economics", "reborrowRate=0.4"]);
    const parts = [lines.slice(0, 1234), lines.slice(1234)].map((part, i) => write(`shard${i}.ndjson`, `${part.join("\n")}\n`));
    const written = [];
    for (const [i, shard] of parts.entries()) {
      const r = await runCli(["portfolio", shard, "--originate-months", "12", "--runs", "2", "--economics", "reborrowRate=0.4", "--partial"]);
      expect(r.stderr).toBe("");
      written.push(write(`part${i}.json`, r.stdout));
    }
    const merged = await runCli(["merge", ...written, "--format", "json"]);
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toBe(whole.stdout);
  });

  it("a record's applicationMonth places it; one out of range is named and left out", async () => {
    const placed = write("placed.ndjson", lines.slice(0, 300).map((l) => JSON.stringify({ ...JSON.parse(l), applicationMonth: 3 })).join("\n"));
    const r = await runCli(["portfolio", placed, "--originate-months", "4", "--format", "json"]);
    expect(r.stderr).toBe(""); // applicationMonth is read, not an unknown field
    const months = JSON.parse(r.stdout).books[0].months;
    expect([months[0].outstanding, months[1].outstanding]).toEqual(["0.00", "0.00"]);
    expect(Number(months[2].outstanding)).toBeGreaterThan(0);
    const wrong = write("wrong.ndjson", JSON.stringify({ ...JSON.parse(lines[0] as string), applicationMonth: 5 }));
    const w = await runCli(["portfolio", wrong, "--originate-months", "4", "--format", "json"]);
    expect(w.code).toBe(1);
    expect(w.stderr).toMatch(/applicationMonth: a whole month from 1 to 4 \(--originate-months\), got 5/);
  });
});
