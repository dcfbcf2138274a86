import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runs } from "../runs.js";
import { runBin, runCli } from "./runCli.js";

const profile = (id: number) => JSON.stringify({ id, invited: true, age: 30, monthlyIncome: 10000, zhimaScore: 700, spend12m: 20000, accountAgeMonths: 40, orders12m: 100 });
const dir = mkdtempSync(join(tmpdir(), "suishendai-shapes-"));
const write = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const lines = (stdout: string) => stdout.trimEnd().split("\n");

// Above about 120,000 arguments a spread (push(...records), Math.max(...xs)) throws RangeError:
// `npm run test:slow` reads inputs past that; `npm test` reads the same shapes at a tenth of the size.
const TIMES = runs(1, 10);
const n = (count: number) => count * TIMES;
const en = (count: number) => n(count).toLocaleString("en");

describe(`input read in one piece with ${en(12_000)} records and more`, () => {
  it(`a JSON array of ${en(15_000)} elements gives ${en(15_000)} lines`, async () => {
    const r = await runCli(["simulate", "-"], {}, false, `[${Array(n(15_000)).fill("1").join(",")}]`);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(n(15_000));
    expect(JSON.parse(out[n(15_000) - 1] as string)).toEqual({ line: n(15_000), id: null, error: "expected a JSON object (a profile), got number" });
  });

  it(`NDJSON of ${en(13_000)} lines whose first line is broken`, async () => {
    const text = `{"id":0,"age":\n${Array.from({ length: n(13_000) - 1 }, (_, i) => `{"id":${i + 1}}`).join("\n")}\n`;
    const r = await runCli(["simulate", "-"], {}, false, text);
    const out = lines(r.stdout);
    expect([r.code, out.length, JSON.parse(out[0] as string).line, JSON.parse(out[n(13_000) - 1] as string).id]).toEqual([1, n(13_000), 1, n(13_000) - 1]);
  });

  it(`compare --offers with ${en(13_000)} offers reads them all (offer 2 is bad: it says so)`, async () => {
    const offers = Array.from({ length: n(13_000) }, (_, i) => ({ name: `o${i}`, apr: i === 1 ? "abc" : 12, terms: 12 }));
    const r = await runCli(["compare", "10000", "--offers", write("offers.json", JSON.stringify(offers))]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^error: offer 2 \("o1"\): apr/);
  });

  it(`a policy with ${en(20_000)} bins loads`, async () => {
    const policy = JSON.parse((await runCli(["policy"])).stdout);
    const c = policy.scorecard.characteristics[0];
    // Overlapping bins are a load error now (issue 12): close the last bin, then the bins side by side.
    c.bins.at(-1).max = 2000;
    c.bins = [...c.bins, ...Array.from({ length: n(20_000) }, (_, i) => ({ min: 2000 + i, max: 2001 + i, points: 0 }))];
    const r = await runCli(["simulate", "-", "--policy", write("bins.json", JSON.stringify(policy)), "--format", "json"], {}, false, profile(1));
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });
});

describe("the longest record", () => {
  it("a line longer than 64 MiB becomes an error record and reading goes on", async () => {
    const mib = "x".repeat(1 << 20);
    const source = async function* () {
      yield `${profile(1)}\n{"id":2,"note":"`;
      for (let i = 0; i < 65; i++) yield mib;
      yield `"}\n${profile(3)}\n`;
    };
    const r = await runCli(["simulate", "-"], {}, false, source);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect([r.code, out.length, out[0].id, out[2].id]).toEqual([1, 3, 1, 3]);
    expect(out[1]).toEqual({ line: 2, id: null, error: "record longer than 64 MiB" });
  });

  it("a line that never ends stops with one error (exit 1), not never", async () => {
    const mib = "x".repeat(1 << 20);
    const source = async function* () {
      yield `${profile(1)}\n${profile(2)}\n{"id":3,"note":"`;
      for (;;) yield mib;
    };
    const r = await runCli(["simulate", "-"], {}, false, source);
    expect([r.code, lines(r.stdout).length]).toEqual([1, 2]);
    expect(r.stderr).toBe("error: input: read error in stdin after 2 record(s): line 3 goes on for more than 256 MiB without a newline; stopped reading\n");
  });
});

describe("encodings", () => {
  const utf16 = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, "utf16le")]);

  it.each([
    ["with a BOM", true],
    ["without one", false],
  ])("UTF-16 %s is one clear error, for profiles, --offers and --policy (the real binary)", (_name, bom) => {
    const profiles = runBin(["simulate", write(`p16${bom}.ndjson`, utf16(`${profile(1)}\n${profile(2)}\n`, bom))]);
    expect([profiles.code, profiles.stdout]).toEqual([2, ""]);
    expect(profiles.stderr).toMatch(/^error: input: .*p16.* is not UTF-8 text: .*UTF-16.*\n$/);
    const offers = runBin(["compare", "10000", "--offers", write(`o16${bom}.json`, utf16('[{"apr":12,"terms":12}]', bom))]);
    expect([offers.code, offers.stderr]).toEqual([2, expect.stringMatching(/^error: --offers .*: not UTF-8 text: .*UTF-16.*\n$/)]);
    const policy = runBin(["simulate", "--policy", write(`pol16${bom}.json`, utf16("{}", bom)), "-"]);
    expect([policy.code, policy.stderr]).toEqual([2, expect.stringMatching(/^error: policy .*: not UTF-8 text: .*UTF-16.*\n$/)]);
  });

  it("a UTF-8 BOM is accepted at the start of every JSON input and in the middle of NDJSON", async () => {
    const bom = "\ufeff";
    const offers = await runCli(["compare", "10000", "--offers", write("bom-offers.json", `${bom}[{"apr":12,"terms":12}]`), "--format", "json"]);
    expect(offers.code).toBe(0);
    const policyText = (await runCli(["policy"])).stdout;
    const policy = await runCli(["simulate", "-", "--policy", write("bom-policy.json", `${bom}${policyText}`), "--format", "json"], {}, false, profile(1));
    expect(policy.code).toBe(0);
    // `cat a.ndjson b.ndjson` where b.ndjson starts with a BOM
    const cat = await runCli(["simulate", "-"], {}, false, `${bom}${profile(1)}\n${bom}${profile(2)}\n`);
    expect([cat.code, lines(cat.stdout).map((l) => JSON.parse(l).id)]).toEqual([0, [1, 2]]);
    const pretty = await runCli(["simulate", "-", "--format", "json"], {}, false, `${bom}${JSON.stringify(JSON.parse(profile(7)), null, 2)}`);
    expect([pretty.code, JSON.parse(pretty.stdout).id]).toEqual([0, 7]);
  });
});

describe("JSON errors say line and column", () => {
  // Line 3 is `  "age": 30,,`: the second comma is its 13th character.
  const pretty = '{\n  "invited": true,\n  "age": 30,,\n  "monthlyIncome": 1\n}\n';

  it("in a profile, an --offers file and a --policy file", async () => {
    const r = await runCli(["simulate", write("pretty.json", pretty)]);
    expect([r.code, r.stderr]).toEqual([2, "error: invalid JSON: line 3, column 13: Expected double-quoted property name\n"]);
    const offers = await runCli(["compare", "10000", "--offers", write("pretty-offers.json", `[\n  {"apr": 12,\n   "terms": 12,,\n  }\n]`)]);
    // line 3 is `   "terms": 12,,`: the second comma is its 16th character
    expect(offers.stderr).toMatch(/^error: --offers .*pretty-offers\.json: not valid JSON \(line 3, column 16: /);
    const policy = await runCli(["simulate", "-", "--policy", write("pretty-policy.json", pretty)], {}, false, profile(1));
    expect(policy.stderr).toMatch(/^error: policy .*pretty-policy\.json: not valid JSON \(line 3, column 13: /);
  });

  it("two pretty-printed profiles in one file: NDJSON or an array is suggested", async () => {
    const one = JSON.stringify(JSON.parse(profile(1)), null, 2);
    const r = await runCli(["simulate", "-"], {}, false, `${one}\n${one}\n`);
    // the first document has 10 lines; the second starts on line 11
    expect([r.code, r.stderr]).toEqual([2, "error: invalid JSON: line 11, column 1: more than one JSON value (for several profiles, write one per line (NDJSON) or a JSON array)\n"]);
  });
});

describe("input cut off mid-stream does not look complete", () => {
  it("NDJSON whose last line stops mid-record: that line is an error record, exit 1", async () => {
    const r = await runCli(["simulate", "-"], {}, false, `${profile(1)}\n${profile(2)}\n${profile(3).slice(0, 40)}`);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect([r.code, out.length, out[2].line, out[2].id]).toEqual([1, 3, 3, 3]);
    // cut inside "monthl…: {"id":3, (8) "invited":true, (15) "age":30, (9) = 32 characters before the string
    expect(out[2].error).toBe("invalid JSON: line 3, column 33: the text ends before the JSON value is complete (unexpected end of input: truncated?)");
  });

  it("a JSON array that stops before its ]: an error record in place of the rest, exit 1", async () => {
    const r = await runCli(["simulate", "-"], {}, false, `[${profile(1)},\n${profile(2)},\n${profile(3).slice(0, 40)}`);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect([r.code, out.length, out[1].id]).toEqual([1, 3, 2]);
    expect(out[2]).toEqual({ line: 3, id: null, error: "invalid JSON: the input ends before the array is closed with ] (was it cut off?)" });
  });
});
