import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

const write = tempWriter("suishendai-csv-in-");
const START = ["--start", "2026-01-15"];
const lines = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
const HEADER = "id,invited,age,monthlyIncome,zhimaScore";
const errorOf = (stdout: string) => lines(stdout).map((l) => ("error" in l ? [l.line, l.id, l.error] : l.id));

describe("which input is CSV", () => {
  const csvText = `${HEADER}\n1,true,30,8000,700\n2,true,31,9000,710\n`;

  it("a name ending .csv in any case, whatever the text; else the first character", async () => {
    // A .CSV file holding NDJSON is read as CSV: its header is the first line, and no record follows.
    const r = await runCli(["simulate", write("upper.CSV", '{"id":1}\n'), ...START]);
    expect([r.code, r.stderr]).toEqual([2, `error: input: no profile found in ${write("upper.CSV", '{"id":1}\n')}\n`]);
    const byText = await runCli(["simulate", write("profiles.txt", csvText), ...START]);
    expect([byText.code, lines(byText.stdout).map((l) => l.id)]).toEqual([0, [1, 2]]);
    const stdin = await runCli(["simulate", "-", ...START], {}, false, csvText);
    expect(stdin.stdout).toBe(byText.stdout);
  });

  it("a name ending .ndjson is JSON: a broken first line is that record's error, not a CSV header", async () => {
    const r = await runCli(["simulate", write("broken.ndjson", 'not json\n{"id":2,"invited":true,"age":30,"monthlyIncome":8000}\n'), ...START]);
    expect([r.code, lines(r.stdout).map((l) => [l.line, l.id])]).toEqual([1, [[1, null], [undefined, 2]]]);
  });

  it("--input-format says it: json reads a .csv name as JSON, csv reads text that opens with { as CSV", async () => {
    const json = await runCli(["simulate", write("really-json.csv", '{"id":1,"invited":true,"age":30,"monthlyIncome":8000}\n{"id":2,"invited":true,"age":31,"monthlyIncome":9000}\n'), "--input-format", "json", ...START]);
    expect([json.code, lines(json.stdout).map((l) => l.id)]).toEqual([0, [1, 2]]);
    const csv = await runCli(["simulate", "-", "--input-format", "csv", ...START], {}, false, '{x},invited,age,monthlyIncome\n1,true,30,8000\n2,true,31,9000\n');
    expect([csv.code, lines(csv.stdout).map((l) => l.id)]).toEqual([0, [null, null]]);
    expect(csv.stderr).toBe('warning: unknown field "{x}" in 2 record(s), ignored\n');
  });

  it("--input-format with another value is refused, naming the choices", async () => {
    const r = await runCli(["fit", write("a.csv", csvText), "--input-format", "xlsx"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^error: --input-format: .*auto.*json.*csv/);
  });
});

describe("CSV rows that are errors, and headers that are refused", () => {
  it("ragged rows and a bad cell are error lines in place; the rest are scored", async () => {
    const text = `${HEADER}\n1,true,30,8000,700\n2,true,31,9000\n3,true,32,9000,700,extra\n4,true,abc,9000,700\n5,"tr""ue",33,9000,700\n6,true,34,9000,NA\n`;
    const r = await runCli(["simulate", write("ragged.csv", text), ...START, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(errorOf(r.stdout)).toEqual([
      1,
      [3, 2, "expected 5 fields as the header has, got 4"],
      [4, 3, "expected 5 fields as the header has, got 6"],
      [5, 4, 'field age: expected an integer, got "abc"'],
      [6, 5, 'field invited: expected a boolean, got "tr\\"ue"'],
      6,
    ]);
  });

  it("a header with a name twice: one error line naming the input, exit 2, nothing on stdout (--baseline named too)", async () => {
    const dup = write("dup.csv", "id,age,age\n1,2,3\n");
    const r = await runCli(["simulate", dup, ...START]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: input: ${dup}: the CSV header (line 1) names two columns "age" (columns 2 and 3); every column needs its own name\n`]);
    const p = await runCli(["portfolio", dup]);
    expect([p.code, p.stdout, p.stderr]).toEqual([2, "", r.stderr]);
    const v = await runCli(["validate", write("ok.csv", "id,invited,age,monthlyIncome,defaulted\n1,true,30,8000,0\n2,true,30,8000,1\n"), "--baseline", write("nameless.csv", ",id,,age\n")]);
    expect([v.code, v.stdout, v.stderr]).toEqual([2, "", `error: --baseline: ${write("nameless.csv", ",id,,age\n")}: the CSV header (line 1) has two columns without a name (columns 1 and 3); every column needs its own name\n`]);
  });

  it("an empty CSV and a header alone hold no profile, as an empty NDJSON file", async () => {
    const empty = await runCli(["simulate", write("empty.ndjson", ""), ...START]);
    for (const [name, text] of [["e.csv", ""], ["h.csv", `${HEADER}\r\n`], ["blank.csv", "\n\n"]] as const) {
      const path = write(name, text);
      const r = await runCli(["simulate", path, ...START]);
      expect([r.code, r.stdout, r.stderr]).toEqual([empty.code, "", empty.stderr.replace("empty.ndjson", name)]);
    }
  });
});
