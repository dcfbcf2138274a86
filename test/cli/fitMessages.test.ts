import { createReadStream, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { Interrupted, IoError } from "../../src/app/errors.js";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// What fit and validate say on stderr is true of what they did.

const write = tempWriter("suishendai-fit-msg-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const drawn = labelledProfiles(1500, 7) as Record<string, unknown>[];
const labelled = write("labelled.ndjson", ndjson(drawn));
const EN = { LANG: "en_US.UTF-8" };

describe("the note on where the policy went", () => {
  it("the table view, without --out: the table does not hold the policy, so it says how to get it", async () => {
    const r = await runCli(["fit", labelled, "--lang", "en"], EN);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("note: the policy is not in this table; --out FILE saves it, --format json has it\n");
  });

  it("no note when the report could not be written to stdout: the error alone", async () => {
    let stderr = "";
    const failing = () => Promise.reject(new IoError("output: cannot write to stdout: no space left on device"));
    const io: CliIo = {
      // as in main: a plain write fails only after the fact; writeOut waits and says so
      stdout: () => {},
      writeOut: failing,
      stderr: (t) => void (stderr += t),
      env: EN,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdinIsTTY: false,
      cpus: 1,
      today: () => "2026-01-15",
      interrupted: () => false,
      readText: (path) => readFile(path, "utf8"),
      openInput: async (path) => ({ chunks: createReadStream(path) }),
    };
    const code = await run(["fit", labelled, "--lang", "en"], io);
    expect([code, stderr]).toEqual([1, "error: output: cannot write to stdout: no space left on device\n"]);
  });
});

describe("small truths", () => {
  it("Ctrl-C while fit reads: nothing was written, and it says so", async () => {
    const lines = ndjson(drawn.slice(0, 30));
    const stdin = async function* () {
      yield lines;
      throw new Interrupted("interrupted while reading input");
    };
    const r = await runCli(["fit", "-"], EN, false, stdin);
    expect([r.code, r.stdout]).toEqual([130, ""]);
    expect(r.stderr).toMatch(/^interrupted while reading, after \d+ records?; nothing written\n$/);
  });

  it("validate --policy - names the policy by its name, not by -", async () => {
    const policy = readFileSync("data/default-policy.json", "utf8");
    const r = await runCli(["validate", labelled, "--policy", "-", "--lang", "en"], EN, false, policy);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^validate: suishendai default policy on 1500 records/);
  });

  it('re-fitting a fitted policy keeps one "(fitted)" in its name', async () => {
    const first = write("first.json", "");
    const second = write("second.json", "");
    expect((await runCli(["fit", labelled, "--out", first, "-q"])).code).toBe(0);
    expect((await runCli(["fit", labelled, "--policy", first, "--out", second, "-q"])).code).toBe(0);
    expect(JSON.parse(readFileSync(second, "utf8")).name).toBe("suishendai default policy (fitted)");
  });

  it("the same file as input and --baseline: its records left out are reported once", async () => {
    const file = write("two-bad.ndjson", `${ndjson(drawn.slice(0, 200))}{"age":"old","defaulted":0}\n{"age":"young","defaulted":1}\n`);
    const r = await runCli(["validate", file, "--baseline", file, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/two-bad\.ndjson line 201: /),
      expect.stringMatching(/two-bad\.ndjson line 202: /),
      expect.stringMatching(/^error: 2 record\(s\) of .*two-bad\.ndjson left out$/),
    ]);
  });

  it("a file refused as a whole (one class left) still names the records it left out", async () => {
    const goods = drawn.filter((p) => p.defaulted === 0).slice(0, 40);
    const file = write("goods-and-bad.ndjson", `${ndjson(goods)}{not json\n{"defaulted":1,"age":"x"}\n`);
    const r = await runCli(["fit", file]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^error: .*goods-and-bad\.ndjson line 41: invalid JSON/),
      expect.stringMatching(/^error: .*goods-and-bad\.ndjson line 42: /),
      "error: defaulted: every record has defaulted = 0; fit needs at least 10 of each (0 good, 1 defaulted)",
    ]);
  });
});
