import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-outcomes-");
const POPULATION = `${population(60).join("\n")}\n`;

describe("--outcomes never destroys the input", () => {
  it.each([
    ["the same name", (p: string) => p],
    ["a path through ..", (p: string) => join(dirname(p), "..", basename(dirname(p)), basename(p))],
    ["a symlink to it", (p: string) => {
      const link = join(dirname(p), `link-${basename(p)}`);
      symlinkSync(p, link);
      return link;
    }],
  ])("%s is refused before anything is written, and the input is left whole", async (_how, other) => {
    const input = write(`pop-${_how.length}.ndjson`, POPULATION);
    expectUsageError(await runCli(["portfolio", input, "--outcomes", other(input)]), /^error: --outcomes: .* is the input file/);
    expect(readFileSync(input, "utf8")).toBe(POPULATION);
  });

  it("the --policy file is not overwritten either", async () => {
    const input = write("pop-policy.ndjson", POPULATION);
    const policy = write("policy.json", readFileSync(new URL("../../data/default-policy.json", import.meta.url), "utf8"));
    const before = readFileSync(policy, "utf8");
    expectUsageError(await runCli(["portfolio", input, "--policy", policy, "--outcomes", policy]), /^error: --outcomes: .* is the --policy file/);
    expect(readFileSync(policy, "utf8")).toBe(before);
  });
});

describe("--outcomes is written whole or not at all", () => {
  it("a run that fails (an empty input, exit 2) leaves an existing file as it was and no temporary beside it", async () => {
    const dir = dirname(write("x", ""));
    const keep = join(dir, "keep.ndjson");
    writeFileSync(keep, "precious\n");
    const r = await runCli(["portfolio", write("empty.ndjson", ""), "--outcomes", keep]);
    expect(r.code).toBe(2);
    expect(readFileSync(keep, "utf8")).toBe("precious\n");
    expect(readdirSync(dir).filter((f) => f.includes("keep"))).toEqual(["keep.ndjson"]);
  });

  it("a run that succeeds replaces the file with one line per booked loan, and leaves no temporary", async () => {
    const dir = join(dirname(write("y", "")), "ok");
    mkdirSync(dir);
    const out = join(dir, "loans.ndjson");
    writeFileSync(out, "old\n");
    const r = await runCli(["portfolio", write("pop-ok.ndjson", POPULATION), "--outcomes", out, "--format", "json"]);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines.length).toBe(JSON.parse(r.stdout).books[0].totals.booked);
    expect(readdirSync(dir)).toEqual(["loans.ndjson"]);
  });
});

describe("--outcomes that cannot be written", () => {
  it.runIf(existsSync("/dev/full"))("/dev/full: one line naming the cause in words, exit 1, no result on stdout", async () => {
    const r = await runCli(["portfolio", write("pop-full.ndjson", POPULATION), "--outcomes", "/dev/full"]);
    expect(r.stderr).toBe("error: --outcomes: cannot write /dev/full: no space left on device\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
  });

  it("a folder that does not exist: one line, exit 1, no result", async () => {
    const r = await runCli(["portfolio", write("pop-nodir.ndjson", POPULATION), "--outcomes", "/no/such/dir/loans.ndjson"]);
    expect(r.stderr).toMatch(/^error: --outcomes: cannot write \/no\/such\/dir\/loans.ndjson: no such directory\n$/);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
  });

  it("an empty name is a usage error before any work", async () => {
    expectUsageError(await runCli(["portfolio", "/no/such/input.ndjson", "--outcomes", ""]), /^error: --outcomes: give a file name/);
  });
});
