import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { extremePolicy, extremeWorld, profile } from "./extremePolicy.js";

// Labels over a performance window: "bad" = 90+ days past due within W months
// on book. GOOD (world PD 0) repays 3 months; BAD (PD 1) misses its first
// installment: 15 days past due at month 1, 45 at 2, 75 at 3, 105 (90+: its
// default) at month 4.
const write = tempWriter("suishendai-window-");
const policy = write("policy.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0, cureRate: 0 })));
const world = write("world.json", JSON.stringify(extremeWorld()));
const book = write("book.ndjson", [profile("GOOD", 700, { amount: 6000, terms: 3 }), profile("BAD", 600, { amount: 6000, terms: 3 })].join("\n"));
const labels = async (window?: string) => {
  const outcomes = write("outcomes.ndjson", "");
  const r = await runCli(["portfolio", book, "--policy", policy, "--world", world, "--outcomes", outcomes, ...(window ? ["--window", window] : []), "--format", "json"]);
  expect(r.code).toBe(0);
  const lines = readFileSync(outcomes, "utf8").trimEnd().split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  return { stderr: r.stderr, lines: lines.map((l) => [l.id, l.defaulted, l.defaultMonth, l.window]) };
};

describe("portfolio --outcomes --window: labels that mean what fit assumes", () => {
  it("12 months (the default): the default at month 4 is bad, the repaid loan good", async () => {
    const r = await labels();
    expect(r.lines).toEqual([["GOOD", 0, null, 12], ["BAD", 1, 4, 12]]);
    expect(r.stderr).toBe("");
  });

  it("4 months: still bad (90+ reached in month 4)", async () => {
    expect((await labels("4")).lines).toEqual([["GOOD", 0, null, 4], ["BAD", 1, 4, 4]]);
  });

  it("3 months: 61–90 days past due at the window's end is indeterminate, left out and counted", async () => {
    const r = await labels("3");
    expect(r.lines).toEqual([["GOOD", 0, null, 3]]);
    expect(r.stderr).toBe("note: --outcomes: 1 booked loan(s) were 1-90 days past due at 3 months on book, their outcome not yet known: left out\n");
  });

  it("--window without --outcomes, or out of range, is refused", async () => {
    expectUsageError(await runCli(["portfolio", book, "--window", "12"]), /^error: --window: the performance window of the --outcomes labels/);
    const outcomes = write("o.ndjson", "");
    expectUsageError(await runCli(["portfolio", book, "--outcomes", outcomes, "--window", "0"]), /^error: --window/);
  });
});
