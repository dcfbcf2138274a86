import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// Input fit and validate do not use is never dropped unsaid: a misspelt
// field warns as simulate does, and an error about an outcome names the
// file the outcome came from.

const write = tempWriter("suishendai-fit-warn-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const drawn = labelledProfiles(600, 5) as Record<string, unknown>[];
const misspelt = write("misspelt.ndjson", ndjson(drawn.map(({ zhimaScore, ...p }) => ({ ...p, zhimascore: zhimaScore }))));
// The generator leaves Zhima out of some profiles: those have no misspelt field either.
const withZhima = drawn.filter((p) => p.zhimaScore !== undefined).length;
const WARNING = new RegExp(`^warning: unknown field "zhimascore" in ${withZhima} record\\(s\\), ignored; did you mean "zhimaScore"\\?$`, "m");

describe("unknown profile fields", () => {
  it.each([["fit"], ["validate"]])("%s warns once per misspelt field, as simulate does", async (command) => {
    const r = await runCli([command, misspelt, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(WARNING);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("-q silences the warning", async () => {
    const r = await runCli(["-q", "fit", misspelt, "--format", "json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });

  it("the outcome field (named by --target too), and id, are not unknown", async () => {
    const renamed = write("bad-flag.ndjson", ndjson(drawn.map(({ defaulted, ...p }) => ({ ...p, bad: defaulted }))));
    const r = await runCli(["fit", renamed, "--target", "bad", "--format", "json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });

  it("a --baseline that carries outcomes is not warned about its outcome field", async () => {
    const baseline = write("baseline.ndjson", ndjson(drawn.slice(0, 200)));
    const r = await runCli(["validate", baseline, "--baseline", baseline, "--format", "json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });
});

describe("--outcomes: errors about an outcome name the outcomes file", () => {
  const profiles = write("profiles.ndjson", ndjson(drawn.map(({ defaulted: _, ...p }) => p)));

  it("an outcome missing its field: the outcomes file is named and --target suggested, not --outcomes", async () => {
    const outcomes = write("no-field.ndjson", ndjson(drawn.map((p) => ({ id: p.id, bad: p.defaulted }))));
    const r = await runCli(["fit", profiles, "--outcomes", outcomes]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^error: input: no usable record in .*profiles\.ndjson \(line 1: id "L\d+": the outcome in .*no-field\.ndjson has no field defaulted\); name the outcome field of .*no-field\.ndjson with --target\n$/);
  });

  it('an outcome written "no" (not 0/1): the outcomes file is named', async () => {
    const outcomes = write("strings.ndjson", ndjson(drawn.map((p) => ({ id: p.id, defaulted: p.defaulted === 1 ? "yes" : "no" }))));
    const r = await runCli(["fit", profiles, "--outcomes", outcomes]);
    expect(r.stderr).toMatch(/^error: input: no usable record in .*profiles\.ndjson \(line 1: id "L\d+": the outcome in .*strings\.ndjson: field defaulted: expected 0 or 1, got "(yes|no)" \(.*--bad VALUE.*\)\)\n$/);
  });

  it('outcomes written "0"/"1" read as 0/1, and "yes"/"no" with --bad yes: the same fit', async () => {
    const numbers = write("numbers.ndjson", ndjson(drawn.map((p) => ({ id: p.id, defaulted: p.defaulted }))));
    const texts = write("texts.ndjson", ndjson(drawn.map((p) => ({ id: p.id, defaulted: String(p.defaulted) }))));
    const words = write("words.ndjson", ndjson(drawn.map((p) => ({ id: p.id, defaulted: p.defaulted === 1 ? "yes" : "no" }))));
    const [a, b, c] = await Promise.all([numbers, texts, words].map((f, i) => runCli(["fit", profiles, "--outcomes", f, "--format", "json", ...(i === 2 ? ["--bad", "yes"] : [])])));
    const model = (r: { stdout: string }) => JSON.stringify(JSON.parse(r.stdout).model);
    expect([a?.code, b?.code, c?.code]).toEqual([0, 0, 0]);
    expect(model(b as { stdout: string })).toBe(model(a as { stdout: string }));
    expect(model(c as { stdout: string })).toBe(model(a as { stdout: string }));
    expect(JSON.parse((c as { stdout: string }).stdout).bad).toBe("yes");
  });

  it("profiles that carry the outcome field too: a warning says --outcomes wins, and how many differ", async () => {
    const flipped = drawn.map((p, i) => ({ id: p.id, defaulted: i < 3 ? 1 - (p.defaulted as number) : p.defaulted }));
    const outcomes = write("outcomes.ndjson", ndjson(flipped));
    const labelled = write("labelled.ndjson", ndjson(drawn));
    const r = await runCli(["fit", labelled, "--outcomes", outcomes, "--format", "json"], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.stderr.replace(/\n  /g, " ")).toMatch(/^warning: 600 record\(s\) of .*labelled\.ndjson have a field defaulted too; the outcomes of --outcomes .*outcomes\.ndjson are used \(3 differ\)\n$/);
  });
});
