import { describe, expect, it } from "vitest";
import { BatchHadErrors } from "../../src/app/errors.js";
import type { CliIo } from "../../src/cli/io.js";
import { throwOnInvalid } from "../../src/cli/portfolio/finishPortfolio.js";
import { run } from "../../src/cli/run.js";
import { emptyAggregate } from "../../src/engine/portfolio/aggregate.js";
import { Decimal, quote } from "../../src/index.js";
import { runCli } from "./runCli.js";
const profile = JSON.stringify({ id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 });

describe("messages word what went wrong: no Infinity, 1e+308, 'the first 0', or a JavaScript error's own words", () => {
  it("--economics takeUp=1e400: too large for a number (it said: expected a number, got Infinity)", async () => {
    const r = await runCli(["portfolio", "-", "--economics", "takeUp=1e400"], {}, false, profile);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --economics takeUp: 1e400 is too large for a number\n"]);
  });

  it("--set monthlyIncome*=1e308: the record's error says the result is too large, as the number was written", async () => {
    const r = await runCli(["simulate", "-", "--set", "monthlyIncome*=1e308"], {}, false, profile);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: line 1: --set monthlyIncome*=1e308: the result is too large for a number in this record\n");
  });

  it("simulate -q with bad records still says why it exits 1 (one line; -q silences notes and warnings only)", async () => {
    const r = await runCli(["-q", "simulate", "-"], {}, false, `${profile}\n{"id":2}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: 1 invalid record(s); each is reported in its place in the output\n");
  });

  it("invalid records none of which was kept by line: not 'the first 0 are named above'", () => {
    const aggregate = { ...emptyAggregate(1, 1, false), invalid: 3n };
    let stderr = "";
    const io = { stderr: (t: string) => void (stderr += t) } as unknown as CliIo;
    let thrown: unknown;
    try {
      throwOnInvalid(io, aggregate);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BatchHadErrors);
    expect([stderr, (thrown as BatchHadErrors).where]).toEqual(["", "none is named (the lines were not kept)"]);
  });

  it("a result past the longest string V8 holds: one line saying so (it said: unexpected failure: Invalid string length)", async () => {
    let stderr = "";
    const io: CliIo = {
      stdout: () => {
        throw new RangeError("Invalid string length");
      },
      writeOut: async () => {},
      stderr: (t) => void (stderr += t),
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdinIsTTY: false,
      cpus: 1,
      today: () => "2026-01-15",
      readText: async () => "",
      interrupted: () => false,
      openInput: async () => ({ chunks: (async function* () {})() }),
    };
    expect(await run(["quote", "10000", "--apr", "7.3", "--terms", "12"], io)).toBe(1);
    expect(stderr).toBe("error: output: the result is too large to hold in memory as text (over 512 MiB); ask for less (fewer or shorter records) or a format written as it goes (NDJSON)\n");
  });

  it("the preview of a number too large to hold is words, not Infinity", async () => {
    const { describeIssue } = await import("../../src/policy/formatIssue.js");
    expect(describeIssue({ code: "invalid_type", expected: "number", input: Number.POSITIVE_INFINITY, message: "x", path: [] } as never)).toBe("expected a number, got a number too large to hold");
  });

  // The package's quote() takes what a caller passes: an object, a number past the range, a huge Decimal.
  it.each([
    [{ amount: {} }, "amount must be a finite number, got an object"],
    [{ amount: [1] }, "amount must be a finite number, got an array"],
    [{ amount: 1e400 }, "amount must be a finite number, got a number too large to hold"],
    [{ amount: new Decimal("1e400") }, "amount must be from 0.01 to 1000000000, got 1e400"],
    [{ amount: "1e400" }, "amount must be from 0.01 to 1000000000, got 1e400"],
    [{ terms: 1e400 }, "terms must be from 1 to 360, got a number too large to hold"],
    [{ dueDay: {} }, "dueDay must be a whole number from 1 to 28, got an object"],
  ])("quote(%o): %s", (over, message) => {
    const input = { amount: "10000", apr: "7.3", terms: 12, method: "equal-installment" as const, start: "2026-01-15", ...over };
    expect(() => quote(input as never)).toThrow(message);
  });
});
