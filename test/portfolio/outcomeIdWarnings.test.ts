import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { extremePolicy, profile } from "./extremePolicy.js";

// Every applicant borrows (takeUp 1, PD 0 at zhimaScore 700), so each record is a booked loan.
const write = tempWriter("suishendai-outcome-ids-");
const policy = write("policy.json", JSON.stringify(extremePolicy({ takeUp: 1, prepayRate: 0 })));
const withoutId = (zhima: number) => {
  const p = JSON.parse(profile("x", zhima)) as Record<string, unknown>;
  delete p.id;
  return JSON.stringify(p);
};

describe("portfolio --outcomes: loans fit cannot join by id", () => {
  it("counts the loans with no id and the ids that repeat, one warning line each; the lines stay as they are", async () => {
    // Loans: A, B, A, A, B, C, two without id → 2 without id; ids A (3 lines) and B (2 lines) repeat: 2 ids, 5 lines.
    const rows = [profile("A", 700), profile("B", 700), profile("A", 701), profile("A", 702), profile("B", 703), profile("C", 700), withoutId(700), withoutId(701)];
    const outcomes = write("out.ndjson", "");
    const r = await runCli(["portfolio", write("book.ndjson", rows.join("\n")), "--policy", policy, "--format", "json", "--outcomes", outcomes]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "warning: --outcomes: 2 booked loan(s) have no id; fit --outcomes cannot join them\n" +
        "warning: --outcomes: 2 id(s) appear on more than one line (5 lines); fit --outcomes cannot join them\n",
    );
    const lines = readFileSync(outcomes, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(8);
    expect(lines.filter((l) => l.startsWith('{"id":null,'))).toHaveLength(2);
  });

  it("says nothing when every loan has its own id, or without --outcomes", async () => {
    const book = write("ok.ndjson", [profile("A", 700), profile("B", 700), withoutId(700)].join("\n"));
    expect((await runCli(["portfolio", book, "--policy", policy, "--format", "json"])).stderr).toBe("");
    const unique = write("unique.ndjson", [profile("A", 700), profile("B", 700)].join("\n"));
    expect((await runCli(["portfolio", unique, "--policy", policy, "--format", "json", "--outcomes", write("o2.ndjson", "")])).stderr).toBe("");
  });
});
