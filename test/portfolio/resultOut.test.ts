import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runWithFiles } from "../cli/fileIo.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

// portfolio --out FILE: the result (or the part) to FILE, whole or not at all,
// so `--partial --out part.json` is what `> part.json` could not be.

const write = tempWriter("suishendai-portfolio-out-");
const INPUT = write("pop.ndjson", `${population(80).join("\n")}\n`);
const dir = dirname(INPUT);

describe("portfolio --out FILE", () => {
  it.each([[["--partial"]], [["--format", "json"]], [[]]])("%j: FILE holds exactly what stdout would, stdout holds nothing", async (extra) => {
    const out = join(dir, `result-${extra.join("")}.txt`);
    const alone = await runWithFiles(["portfolio", INPUT, "-q", ...extra]);
    const r = await runWithFiles(["portfolio", INPUT, "-q", ...extra, "--out", out]);
    expect([r.code, r.stdout]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toBe(alone.stdout);
  });

  it("Ctrl-C: --out and --outcomes left as they were, no temporary", async () => {
    const out = write("kept.json", "old part\n");
    const outcomes = write("kept.ndjson", "old outcomes\n");
    const r = await runWithFiles(["portfolio", INPUT, "--partial", "--out", out, "--outcomes", outcomes], { interrupted: true });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/; no result written, --out and --outcomes left as they were\n$/);
    expect([readFileSync(out, "utf8"), readFileSync(outcomes, "utf8")]).toEqual(["old part\n", "old outcomes\n"]);
    expect(readdirSync(dir).filter((f) => f.startsWith(".kept"))).toEqual([]);
  });

  it.each([
    ["the input", () => ["--out", INPUT], /^error: --out: .* is the input file; writing it would destroy it/],
    ["the --outcomes file", () => ["--out", join(dir, "same.ndjson"), "--outcomes", `${dir}/./same.ndjson`], /^error: --out: .* is the --outcomes file; give each its own file\n$/],
    ["-", () => ["--out", "-"], /^error: --out: give a file name \(without --out the result goes to stdout\)\n$/],
    ["an empty name", () => ["--out", ""], /^error: --out: give a file name, got an empty one\n$/],
  ])("--out naming %s: exit 2, one line, before any work", async (_name, argv, message) => {
    expectUsageError(await runWithFiles(["portfolio", INPUT, ...argv()]), message);
    expect(readFileSync(INPUT, "utf8")).toBe(`${population(80).join("\n")}\n`);
  });

  it("a directory that does not exist: exit 1, one line, no result", async () => {
    const r = await runWithFiles(["portfolio", INPUT, "--out", "/no/such/dir/part.json"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", "error: --out: cannot write /no/such/dir/part.json: no such directory\n"]);
  });
});
