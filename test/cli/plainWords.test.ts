import { symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runWithFiles } from "./fileIo.js";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";
import { expectUsageError } from "./usageLine.js";

// Messages in the project's words, never JavaScript's or the system's:
// no "Unexpected end of JSON input", "Unexpected token", "ELOOP: …, stat '…'",
// "missing required argument 'b'".

const write = tempWriter("suishendai-plain-words-");
const LABELLED = write("lab.ndjson", `${(labelledProfiles(400, 3) as unknown[]).map((r) => JSON.stringify(r)).join("\n")}\n`);
const dir = dirname(LABELLED);
const TRUNCATED = "the text ends before the JSON value is complete (unexpected end of input: truncated?)";

describe("JSON that is not JSON, in words", () => {
  it("merge of an empty file: the part is empty", async () => {
    const empty = write("empty.json", "");
    expectUsageError(await runCli(["merge", empty]), new RegExp(`^error: merge: ${empty} is not a part written by portfolio --partial \\(the text is empty: no JSON value in it\\)\\n$`));
  });

  it("an NDJSON record cut off inside a literal at the end of the input: truncated, at its place", async () => {
    const r = await runCli(["simulate", "-", "-q"], {}, false, '{"id":"a"}\n{"id":"b","invited":tr');
    expect(r.stdout.trimEnd().split("\n")[1]).toBe(`{"line":2,"id":"b","error":"invalid JSON: line 2, column 21: ${TRUNCATED}"}`);
  });

  it("a line of x's: its first character named", async () => {
    // Said to be JSON: text that opens with neither { nor [ is otherwise read as CSV.
    const r = await runCli(["simulate", "-", "-q", "--input-format", "json"], {}, false, `${"x".repeat(5000)}\n`);
    expectUsageError(r, /^error: invalid JSON: line 1, column 1: unexpected character "x"\n$/);
  });
});

describe("an --out path the system refuses, in words (exit 1)", () => {
  it("a symlink loop: too many symbolic links", async () => {
    const loop = join(dir, "loop1.json");
    symlinkSync("loop2.json", loop);
    symlinkSync("loop1.json", join(dir, "loop2.json"));
    const r = await runWithFiles(["fit", LABELLED, "--target", "defaulted", "-q", "--out", loop]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", `error: --out: cannot write ${loop}: too many symbolic links\n`]);
  });

  it("a name longer than the file system takes: the name is too long", async () => {
    const long = join(dir, `${"n".repeat(300)}.json`);
    const r = await runWithFiles(["fit", LABELLED, "--target", "defaulted", "-q", "--out", long]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", `error: --out: cannot write ${long}: the name is too long\n`]);
  });
});

describe("a missing argument: what to give, and a call that gives it (exit 2)", () => {
  it.each([
    [["policy", "diff", "base.json"], "error: policy diff: give two policy files, the old then the new: suishendai policy diff old.json new.json\n"],
    [["merge"], "error: merge: give the part files to add up (portfolio --partial wrote them): suishendai merge part1.json part2.json …\n"],
    [["policy", "lint"], "error: policy lint: give the policy file to check: suishendai policy lint policy.json\n"],
    [["completion"], "error: completion: give the shell: bash, zsh or fish: suishendai completion bash\n"],
  ])("%j", async (argv, message) => {
    const r = await runCli(argv);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", message]);
  });
});
