import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// Labels in the records as teams write them: --bad names the bad value, --id the id column.
const write = tempWriter("suishendai-fit-labels-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const drawn = labelledProfiles(800, 11) as Record<string, unknown>[];
const plain = write("plain.ndjson", ndjson(drawn));
const words = write("words.ndjson", ndjson(drawn.map(({ defaulted, id, ...p }) => ({ CustomerNo: id, ...p, status: defaulted === 1 ? "charged off" : "current" }))));
const bads = drawn.filter((p) => p.defaulted === 1).length;

describe("--bad and --id", () => {
  it("fit: a bad value and an id column of another name give the same model as 0/1 and id; the report states target, bad value and counts", async () => {
    const [a, b] = await Promise.all([runCli(["fit", plain, "--format", "json"]), runCli(["fit", words, "--target", "status", "--bad", "charged off", "--id", "CustomerNo", "--format", "json"])]);
    expect([a.code, b.code, b.stderr]).toEqual([0, 0, ""]);
    const [ra, rb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(rb.model).toEqual(ra.model);
    expect([ra.bad, ra.classes]).toEqual([null, { goods: 800 - bads, bads }]);
    expect([rb.target, rb.bad, rb.classes]).toEqual(["status", "charged off", { goods: 800 - bads, bads }]);
    expect(rb.fields).toBeUndefined();
  });

  it("fit's table header names the bad value and the counts", async () => {
    const r = await runCli(["fit", words, "--target", "status", "--bad", "charged off", "--id", "CustomerNo", "--lang", "en"]);
    expect(r.stdout.split("\n").slice(0, 2).join("\n").replace(/\n  /g, " ")).toBe(`fit: 800 records, target status, bad = "charged off" (${bads} bad, ${800 - bads} good), seed 1 (stratified 70/30 split)`);
  });

  it("validate takes --bad and --id the same way", async () => {
    const [a, b] = await Promise.all([runCli(["validate", plain, "--format", "json"]), runCli(["validate", words, "--target", "status", "--bad", "charged off", "--id", "CustomerNo", "--format", "json"])]);
    expect([a.code, b.code, b.stderr]).toEqual([0, 0, ""]);
    expect(JSON.parse(b.stdout).metrics).toEqual(JSON.parse(a.stdout).metrics);
    expect([JSON.parse(a.stdout).bad, JSON.parse(b.stdout).bad]).toEqual([null, "charged off"]);
  });

  it.each([
    ["en", 'validate: suishendai default policy on 800 records, target status, bad = "charged off"'],
    ["zh", 'validate：suishendai default policy，800 条记录，目标字段 status，坏 = "charged off"'],
  ])("validate's header (%s) names the bad value", async (lang, head) => {
    const r = await runCli(["validate", words, "--target", "status", "--bad", "charged off", "--id", "CustomerNo", "--lang", lang]);
    // The header up to its blank line, unwrapped.
    expect(r.stdout.split("\n\n")[0]?.replace(/\n  /g, " ")).toBe(head);
  });

  it.each([
    [["--bad", ""], /^error: --bad: give the target's value that means bad/],
    [["--id", "nope"], /^error: --id nope: no record of .*plain\.ndjson has a column "nope" \(columns: id, invited, /],
    [["--fields", "zhimaScore,agee"], /^error: --fields: no record has a column "agee"; did you mean "age"\?/],
  ])("%j: one error line, exit 2", async (args, message) => {
    const r = await runCli(["fit", plain, ...args]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("with --bad, a record without the target is its own error line; the others are fitted (exit 1 after the report)", async () => {
    const rows = drawn.map(({ defaulted, ...p }, i) => (i === 4 ? p : { ...p, status: defaulted === 1 ? "charged off" : "current" }));
    const file = write("one-missing.ndjson", ndjson(rows));
    const r = await runCli(["fit", file, "--target", "status", "--bad", "charged off", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).records).toEqual({ used: 799, invalid: 1 });
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/line 5: field status: is required \(the outcome: "charged off" bad, any other value good\)$/),
      expect.stringMatching(/^error: 1 record\(s\) of .*one-missing\.ndjson left out$/),
    ]);
  });

  it("with --bad, one class only is said in its words, with the values the field holds", async () => {
    const r = await runCli(["fit", words, "--target", "status", "--bad", "written off", "--id", "CustomerNo"]);
    const holds = `"current" (${drawn.length - bads}), "charged off" (${bads})`;
    expect(r.stderr).toBe(`error: status: every record has status ≠ "written off"; fit needs at least 10 of each ("written off" bad, any other value good); status holds ${holds}\n`);
  });
});
