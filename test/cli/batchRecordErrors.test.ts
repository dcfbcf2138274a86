import { describe, expect, it } from "vitest";
import { tempWriter } from "./tempFiles.js";
import { runBin, runCli } from "./runCli.js";
import { withoutJobsNote } from "./jobsNote.js";

// Approved by the built-in policy (the spec's typical profile, simulate.test.ts).
const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const line = (o: object) => JSON.stringify(o);
const write = tempWriter("suishendai-rec-");
const parsed = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l));

describe("an error while evaluating one record is that record's error line", () => {
  // 0.001 and 0.009 round down to 0.00 yuan, below the engine's smallest amount
  // (0.01): the engine throws for them, and only their own line may say so.
  const input = [line({ ...typical, id: 1 }), line({ ...typical, id: 2, request: { amount: 0.001, terms: 6 } }), line({ ...typical, id: 3 }), line({ ...typical, id: 4, request: { amount: 0.009, terms: 6 } }), line({ ...typical, id: 5 })];
  // 750 lines: three worker tasks of 250, so --jobs 2 and 4 split the batch
  const file = write("amounts.ndjson", `${Array.from({ length: 150 }, () => input.join("\n")).join("\n")}\n`);

  it("in the main thread (in-process)", async () => {
    const r = await runCli(["simulate", "-"], {}, false, input.join("\n"));
    expect(r.code).toBe(1);
    const out = parsed(r.stdout);
    expect(out.map((o) => o.id)).toEqual([1, 2, 3, 4, 5]);
    expect(out[1]).toMatchObject({ line: 2, id: 2 });
    expect(typeof out[1].error).toBe("string");
    expect(out[3]).toMatchObject({ line: 4, id: 4 });
    expect(r.stderr).toBe("error: 2 invalid record(s); each is reported in its place in the output\n");
  });

  it("the same bytes with --jobs 1, 2 and 4 (the built binary)", () => {
    const one = runBin(["simulate", file, "--jobs", "1", "--start", "2026-01-15"]);
    expect(one.code).toBe(1);
    expect(one.stdout.trimEnd().split("\n")).toHaveLength(750);
    expect(one.stderr).toBe("error: 300 invalid record(s); each is reported in its place in the output\n");
    for (const jobs of ["2", "4"]) {
      const many = runBin(["simulate", file, "--jobs", jobs, "--start", "2026-01-15"]);
      expect([many.code, withoutJobsNote(many.stderr), many.stdout === one.stdout]).toEqual([1, one.stderr, true]);
    }
  });
});

describe("deeply nested values never overflow the stack", () => {
  const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

  // Up to MAX_JSON_DEPTH (512) levels a record parses and its field is refused; deeper is invalid JSON (test/json/nestingDepth.test.ts).
  it("500 levels in every field become error records with a short preview", async () => {
    const fields = Object.keys(typical).filter((k) => k !== "id");
    const lines = fields.map((f, i) => `{"id":${i},${JSON.stringify(f)}:${deep(500)},${line(typical).slice(1).replace(/"id":"t",/, "").replace(new RegExp(`"${f}":[^,}]+,?`), "")}`.replace(/,}$/, "}"));
    const r = await runCli(["simulate", "-"], {}, false, lines.join("\n"));
    expect(r.code).toBe(1);
    const out = parsed(r.stdout);
    expect(out).toHaveLength(fields.length);
    for (const [i, o] of out.entries()) expect(o).toMatchObject({ line: i + 1, id: i, error: expect.stringMatching(/^field \w+: .*got \[\[\[\.\.\.\]\]\]$/) });
  });

  it("1,000,000 levels give an error record, and the batch goes on", async () => {
    const r = await runCli(["simulate", "-"], {}, false, [`{"id":1,"invited":true,"monthlyIncome":1,"age":${deep(1_000_000)}}`, line({ ...typical, id: 2 })].join("\n"));
    expect(r.code).toBe(1);
    const out = parsed(r.stdout);
    expect(out[0]).toMatchObject({ line: 1, id: 1 });
    expect(out[0].error).toMatch(/^field age: |nested too deeply/);
    expect(out[1].decision).toBe("approved");
  });

  it("5,000 levels: the same bytes with --jobs 1 and 2 (the built binary)", () => {
    const rows = Array.from({ length: 600 }, (_, i) => (i % 120 === 7 ? `{"id":${i},"age":${deep(5000)},"invited":true,"monthlyIncome":1}` : line({ ...typical, id: i })));
    const file = write("deep.ndjson", `${rows.join("\n")}\n`);
    const one = runBin(["simulate", file, "--jobs", "1", "--start", "2026-01-15"]);
    const two = runBin(["simulate", file, "--jobs", "2", "--start", "2026-01-15"]);
    expect([one.code, one.stdout.trimEnd().split("\n").length]).toEqual([1, 600]);
    expect([two.code, two.stdout === one.stdout, withoutJobsNote(two.stderr)]).toEqual([1, true, one.stderr]);
  });
});

describe("numbers are reported as written", () => {
  it.each([
    ["1e309", "invalid JSON: field zhimaScore: 1e309 is too large for a number"],
    ["9007199254740993", "invalid JSON: field zhimaScore: 9007199254740993 is too large to be exact (integers up to 9007199254740991)"],
  ])("%s", async (literal, error) => {
    const r = await runCli(["simulate", "-"], {}, false, `${line(typical)}\n${line(typical).replace('"zhimaScore":680', `"zhimaScore":${literal}`)}\n`);
    expect(parsed(r.stdout)[1]).toEqual({ line: 2, id: "t", error });
  });

  it("--set blames --set, before any record is read", async () => {
    for (const [set, message] of [
      ["zhimaScore=abc", 'error: --set zhimaScore: expected an integer, got "abc"\n'],
      ["zhimaScore=1e309", "error: --set zhimaScore: 1e309 is too large for a number\n"],
      ["request.amount=-5", "error: --set request.amount: must be from 5000 to 50000 CNY with at most 2 decimals, got -5\n"],
    ]) {
      const r = await runCli(["simulate", "-", "--set", set as string], {}, false, `${line(typical)}\n${line(typical)}\n`);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, "", message]);
    }
  });
});
