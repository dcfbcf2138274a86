import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withoutJobsNote } from "./jobsNote.js";
import { runBin, runCli } from "./runCli.js";
import { policyVariant, tempWriter } from "./tempFiles.js";

// simulate --format csv: a header, then one flat row per record, checked against the NDJSON of the same run.

/** RFC 4180 read independently of csv-stringify: CRLF after every record, "" inside a quoted field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') (cell += '"'), i++;
      else quoted = false;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += c;
  }
  expect([row, cell, quoted]).toEqual([[], "", false]); // the text ends with a whole record
  return rows;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const FIXED = ["line", "id", "decision", "code", "score", "pd", "band", "apr", "dailyRate", "limit", "bindingConstraint", "terms", "maxAmount", "payment", "reasons", "knockouts", "requestDeclined", "error"];
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** The row the design asks for, built from a JSON line by hand: codes joined by ";", the longest term's amount and payment. */
function expectedRow(j: Json, line: number): string[] {
  if ("error" in j) return FIXED.map((name) => (name === "line" ? String(j.line) : name === "id" ? cell(j.id) : name === "error" ? j.error : ""));
  const longest = [...j.terms].sort((a: Json, b: Json) => b.terms - a.terms)[0];
  const codes = (list: Json[]) => list.map((r) => r.code).join(";");
  return [String(line), cell(j.id), j.decision, cell(j.code), cell(j.score), cell(j.pd), cell(j.band), cell(j.apr), cell(j.dailyRate), cell(j.limit), cell(j.bindingConstraint), j.terms.map((t: Json) => t.terms).join(";"), cell(longest?.maxAmount), cell(longest?.payment), codes(j.reasons), codes(j.knockouts), cell(j.requestDeclined?.code), ""];
}

const typical = JSON.parse(readFileSync("examples/profiles/typical.json", "utf8")) as Json;
const population = readFileSync("examples/profiles/population.ndjson", "utf8").split("\n").filter(Boolean);
const write = tempWriter("suishendai-csvout-");
const START = ["--start", "2026-01-15", "--lang", "en"];
const ndjson = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Json);

describe("simulate --format csv, a batch", () => {
  // population's first 12, the typical profile (a request that fits), one whose request is declined, a bad JSON line and a bad profile.
  const lines = [...population.slice(0, 12), JSON.stringify(typical), JSON.stringify({ ...typical, id: 77, request: { amount: 50000, terms: 9 } }), '{"id":"broken",', JSON.stringify({ ...typical, id: "bad", age: "x" })];
  const input = `${lines.join("\n")}\n`;

  it("writes the header once, then a row per record in input order that matches its JSON line", async () => {
    const json = await runCli(["simulate", "-", ...START], {}, false, input);
    const csv = await runCli(["simulate", "-", ...START, "--format", "csv"], {}, false, input);
    expect([csv.code, json.code]).toEqual([1, 1]);
    expect(csv.stdout.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(header).toEqual(FIXED);
    const offers = ndjson(json.stdout);
    expect(rows).toEqual(offers.map((j, i) => expectedRow(j, i + 1)));
    expect(csv.stderr).toBe(json.stderr);
  });

  it("hand-checked rows: the typical profile (README's table), a declined request, a knock-out, the two error records", async () => {
    const rows = parseCsv((await runCli(["simulate", "-", ...START, "--format", "csv"], {}, false, input)).stdout);
    // README: approved, score 612, PD 1.30%, band D, 12.7750% · 0.0350% a day, limit 19,000.00 bound by spend; 12 terms: 19,000.00 at 1,695.02 a month.
    expect(rows[13]).toEqual(["13", "typical", "approved", "", "612", "0.0130", "D", "12.7750", "0.0350", "19000.00", "spend", "3;6;9;12", "19000.00", "1695.02", "R01;R07;R05;R03", "", "", ""]);
    expect(rows[14]?.slice(0, 3)).toEqual(["14", "77", "approved"]);
    expect(rows[14]?.[16]).toBe("REQ01"); // 50,000 over 9 terms is above that term's maximum
    // population's first: knocked out by KO10 before scoring (README's NDJSON example).
    expect(rows[1]).toEqual(["1", "u000001", "declined", "KO10", "", "", "", "", "", "", "", "", "", "", "KO10", "KO10", "", ""]);
    expect(rows[15]?.slice(0, 3)).toEqual(["15", "broken", ""]);
    expect(rows[15]?.[17]).toMatch(/^invalid JSON: /);
    expect(rows[16]?.slice(0, 2)).toEqual(["16", "bad"]);
    expect(rows[16]?.slice(2, 17).every((c) => c === "")).toBe(true);
    expect(rows[16]?.[17]).toMatch(/^field age: /);
  });

  it("the same bytes with --jobs 1 and 2 (the built binary, 2,100 records in three batches, errors among them)", () => {
    const many = Array.from({ length: 2100 }, (_, i) => (i % 700 === 5 ? `{"id":"x${i}","age":` : (population[i % population.length] as string)));
    const file = write("many.ndjson", `${many.join("\n")}\n`);
    const one = runBin(["simulate", file, ...START, "--format", "csv", "--jobs", "1", "--explain", "--summary"]);
    const two = runBin(["simulate", file, ...START, "--format", "csv", "--jobs", "2", "--explain", "--summary"]);
    expect([one.code, two.code, two.stdout === one.stdout, withoutJobsNote(two.stderr) === one.stderr]).toEqual([1, 1, true, true]);
    const rows = parseCsv(one.stdout);
    expect(rows).toHaveLength(2101);
    expect(rows.filter((r) => r[0] === "line")).toHaveLength(1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(many.map((_, i) => String(i + 1)));
    expect(rows.slice(1).filter((r) => (r[17] ?? "") !== "").map((r) => r[0])).toEqual(["6", "706", "1406"]);
  });

  it("no records, no header: the input's error alone", async () => {
    const r = await runCli(["simulate", "-", "--format", "csv"], {}, false, "\n\n");
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^error: input: no profile found/);
  });
});

describe("simulate --format csv quotes what it must, and holds codes, not texts", () => {
  const policy = policyVariant(write)("comma.json", (p) => {
    p.knockouts.find((k: Json) => k.code === "KO03").text.en = 'Age, as "given", outside 18–55';
  });
  const input = [JSON.stringify({ ...typical, id: 'a,"b' }), JSON.stringify({ ...typical, id: "two\r\nlines", age: 60 }), JSON.stringify({ ...typical, id: 'bad,"one"', age: "x" })].join("\n");

  it("an id with a comma, a quote or a line break is quoted; a reason text with a comma is in the JSON only", async () => {
    const json = await runCli(["simulate", "-", ...START, "--policy", policy], {}, false, input);
    const csv = await runCli(["simulate", "-", ...START, "--policy", policy, "--format", "csv"], {}, false, input);
    expect(json.stdout).toContain('Age, as \\"given\\", outside 18–55');
    expect(csv.stdout).not.toContain("Age, as");
    expect(csv.stdout).toContain('\r\n1,"a,""b",approved,');
    expect(csv.stdout).toContain('\r\n2,"two\r\nlines",declined,KO03,');
    expect(csv.stdout).toContain('\r\n3,"bad,""one""",,');
    const rows = parseCsv(csv.stdout).slice(1);
    expect(rows.map((r) => r[1])).toEqual(['a,"b', "two\r\nlines", 'bad,"one"']);
    expect(rows).toEqual(ndjson(json.stdout).map((j, i) => expectedRow(j, i + 1)));
  });
});

describe("simulate --format csv, one profile and the extra columns", () => {
  const characteristics = (JSON.parse(readFileSync("src/policy/default-policy.json", "utf8")) as Json).scorecard.characteristics.map((c: Json) => c.id as string);

  it("one profile: the header and its one row, exit 0", async () => {
    const r = await runCli(["simulate", "examples/profiles/typical.json", ...START, "--format", "csv"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(`${FIXED.join(",")}\r\n1,typical,approved,,612,0.0130,D,12.7750,0.0350,19000.00,spend,3;6;9;12,19000.00,1695.02,R01;R07;R05;R03,,,\r\n`);
  });

  it("--explain: pdExact and a points column per characteristic of the policy, as the JSON's points; empty after a knock-out", async () => {
    const input = `${JSON.stringify(typical)}\n${population[0]}\n`;
    const json = ndjson((await runCli(["simulate", "-", ...START, "--explain"], {}, false, input)).stdout);
    const [header, ...rows] = parseCsv((await runCli(["simulate", "-", ...START, "--explain", "--format", "csv"], {}, false, input)).stdout);
    expect(characteristics).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10"]);
    expect(header).toEqual([...FIXED, "pdExact", ...characteristics.map((id: string) => `points.${id}`)]);
    const points = (j: Json) => characteristics.map((id: string) => cell(j.points.find((p: Json) => p.id === id)?.points));
    expect(rows).toEqual(json.map((j, i) => [...expectedRow(j, i + 1), cell(j.pdExact), ...points(j)]));
    // By hand from the default policy's bins: zhimaScore 680 → 0, maxDpd24m 0 → 12, activeLenders 1 → 0, dsr 0.25 → 0,
    // accountAgeMonths 60 → 0, orders12m 132 → 12, spend12m 12000 → 0, refundRate12m 0.08 → 0, cashLikeShare12m 0.03 → 5,
    // age 30 → 3: 580 + 32 = 612; PD at 600 points for odds 50, 20 points to double: 1 / (1 + 50 × 2^(12/20)).
    expect(rows[0]?.[4]).toBe("612");
    expect(rows[0]?.slice(-11)).toEqual([(1 / (1 + 50 * 2 ** (12 / 20))).toFixed(10), "0", "12", "0", "0", "0", "12", "0", "0", "5", "3"]);
    expect(rows[1]?.slice(-11)).toEqual(Array(11).fill(""));
  });

  it("--keep: an input.<field> column each, text as is, an object as its JSON, empty when missing or for an error row", async () => {
    const input = `${JSON.stringify(typical)}\n${JSON.stringify({ id: 9, invited: true, monthlyIncome: 1 })}\n{"id":3,\n`;
    const r = await runCli(["simulate", "-", ...START, "--keep", "age,request", "--format", "csv"], {}, false, input);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header?.slice(-2)).toEqual(["input.age", "input.request"]);
    expect(rows.map((row) => row.slice(-2))).toEqual([["30", '{"amount":10000,"terms":9}'], ["", ""], ["", ""]]);
  });

  it("refuses --what-if and --schedule with csv (exit 2, nothing on stdout)", async () => {
    for (const extra of [["--what-if", "zhimaScore=700"], ["--schedule"]]) {
      const r = await runCli(["simulate", "examples/profiles/typical.json", "--format", "csv", ...extra]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(new RegExp(`^error: ${extra[0]}: .*csv`));
    }
  });
});
