import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runBin, runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";
import { ndjsonAfterBlank, population, toCsv } from "./csvTestData.js";

const write = tempWriter("suishendai-csv-same-");

// Valid profiles, and some that are not: each error line must be the same from both files.
const crafted = [
  { id: "007", invited: true, age: 30, monthlyIncome: 9000, zhimaScore: 700, request: { amount: 12000, terms: 12 } },
  { id: 7, invited: true, age: "abc", monthlyIncome: 9000 },
  { id: "x, y", invited: false, age: 40, monthlyIncome: 5000 },
  { id: 'say "hi"', age: 40, monthlyIncome: 5000 },
];
const rows = [...crafted, ...population(300)];
const csv = write("pop.csv", toCsv(rows));
const ndjson = write("pop.ndjson", ndjsonAfterBlank(rows));

describe("CSV gives the same bytes as the equivalent NDJSON", () => {
  it("simulate, with --jobs 1 and --jobs 2 (the built bin)", () => {
    const args = ["--start", "2026-01-15", "--lang", "en", "--keep", "age,id", "--summary"];
    const fromJson = runBin(["simulate", ndjson, ...args, "--jobs", "1"]);
    expect(fromJson.code).toBe(1);
    expect(fromJson.stdout.split("\n")[1]).toBe('{"line":3,"id":7,"error":"field age: expected an integer, got \\"abc\\""}');
    for (const jobs of ["1", "2"]) {
      const fromCsv = runBin(["simulate", csv, ...args, "--jobs", jobs]);
      // A machine of one core notes that it runs one thread: the rest is the same.
      const notes = (text: string) => text.replace(/^note: --jobs.*\n/m, "");
      expect([fromCsv.code, fromCsv.stdout, notes(fromCsv.stderr)]).toEqual([fromJson.code, fromJson.stdout, fromJson.stderr]);
    }
  });

  it("simulate from stdin, CRLF and a BOM (in process)", async () => {
    const fromJson = await runCli(["simulate", "-", "--start", "2026-01-15"], {}, false, ndjsonAfterBlank(rows));
    const fromCsv = await runCli(["simulate", "-", "--start", "2026-01-15"], {}, false, `\ufeff${toCsv(rows, "\r\n")}`);
    expect(fromCsv).toEqual(fromJson);
  });

  it("one profile: the same readable answer", async () => {
    const one = [population(3)[2] as Record<string, unknown>];
    const fromJson = await runCli(["simulate", write("one.ndjson", ndjsonAfterBlank(one)), "--start", "2026-01-15", "--lang", "en"]);
    const fromCsv = await runCli(["simulate", write("one.csv", toCsv(one)), "--start", "2026-01-15", "--lang", "en"]);
    expect([fromCsv.code, fromCsv.stdout]).toEqual([0, fromJson.stdout]);
  });

  it("portfolio", async () => {
    const args = ["--format", "json"];
    const fromJson = await runCli(["portfolio", ndjson, ...args]);
    const fromCsv = await runCli(["portfolio", csv, ...args]);
    expect(fromJson.stdout.length).toBeGreaterThan(1000);
    expect(fromCsv).toEqual(fromJson);
  });
});

describe("fit and validate read CSV as they read NDJSON", () => {
  const drawn = labelledProfiles(1000, 11) as Record<string, unknown>[];
  const labelledCsv = write("labelled.csv", toCsv(drawn));
  const labelledJson = write("labelled.ndjson", ndjsonAfterBlank(drawn));

  it("fit: the same report", async () => {
    const fromJson = await runCli(["fit", labelledJson, "--format", "json"]);
    const fromCsv = await runCli(["fit", labelledCsv, "--format", "json"]);
    expect(fromJson.code).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse(fromJson.stdout));
    expect(fromCsv.stderr).toBe(fromJson.stderr);
  });

  it("fit --outcomes: profiles and outcomes as CSV, joined by id as from NDJSON", async () => {
    const profiles = drawn.map(({ defaulted: _, ...p }, i) => ({ ...p, id: i + 1 }));
    const outcomes = drawn.map((p, i) => ({ id: i + 1, defaulted: p.defaulted }));
    const fromJson = await runCli(["fit", write("p.ndjson", ndjsonAfterBlank(profiles)), "--outcomes", write("o.ndjson", ndjsonAfterBlank(outcomes)), "--format", "json"]);
    const fromCsv = await runCli(["fit", write("p.csv", toCsv(profiles)), "--outcomes", write("o.csv", toCsv(outcomes)), "--format", "json"]);
    expect(fromJson.code).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it("validate with a --baseline: the same report", async () => {
    const base = population(300);
    const fromJson = await runCli(["validate", labelledJson, "--baseline", write("base.ndjson", ndjsonAfterBlank(base)), "--format", "json"]);
    const fromCsv = await runCli(["validate", labelledCsv, "--baseline", write("base.csv", toCsv(base)), "--format", "json"]);
    expect(fromJson.code).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });
});
