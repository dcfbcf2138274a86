import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The shell recipes must not hide errors: a bad argument is one line and exit 2 (nothing on
// stdout), a failing command stops the recipe, invalid records are skipped and counted.
const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, SUISHENDAI: `node ${root}bin/suishendai.js` };
const run = (script: string, args: string[]) => spawnSync(`examples/${script}`, args, { cwd: root, encoding: "utf8", env });
const lines = (text: string) => text.split("\n").filter((l) => l !== "");
const hasJq = spawnSync("jq", ["--version"]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), "suishendai-recipes-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("compare-terms.sh checks its input", () => {
  it.each([
    [["1万"], /^error: amount: .*"1万"/],
    [["10000", "abc"], /^error: apr: .*"abc"/],
    [["10000", "12", "extra"], /^error: .*usage: /],
  ])("%j: one error line, exit 2", (args, message) => {
    const r = run("compare-terms.sh", args);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
  });

  it.skipIf(!hasJq)("an APR the CLI refuses (25%, above the 24% cap) stops at the first error", () => {
    const r = run("compare-terms.sh", ["10000", "25"]);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: --apr/)]);
    expect(r.status).toBe(2);
  });
});

describe("batch-simulate.sh checks its input and skips invalid records", () => {
  it("a file that does not exist: one error line naming it, exit 2", () => {
    const r = run("batch-simulate.sh", ["/nonexistent"]);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: .*\/nonexistent/)]);
    expect(r.status).toBe(2);
  });

  it.skipIf(!hasJq)("invalid records are skipped, counted on stderr, and the exit code is 1", () => {
    // The typical profile is the spec's worked example: approved, limit 19,000, APR 12.775%.
    const typical = JSON.stringify(JSON.parse(readFileSync(`${root}examples/profiles/typical.json`, "utf8")));
    const file = join(tmp, "mixed.ndjson");
    writeFileSync(file, `not json\n${typical}\n{"invited":true,"age":"abc","monthlyIncome":1}\n`);
    const r = run("batch-simulate.sh", [file]);
    const tally = JSON.parse(r.stdout);
    expect(tally.records).toBe(1);
    expect(tally.decisions).toEqual({ approved: 1 });
    expect(tally.approvals).toEqual({ count: 1, meanLimit: 19000, meanApr: 12.775 });
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/2 invalid records/)]);
    expect(r.status).toBe(1);
  });

  it.skipIf(!hasJq)("a batch with no approvals still tallies (no division by zero)", () => {
    const file = join(tmp, "declined.ndjson");
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(`${root}examples/profiles/knockout.json`, "utf8"))) + "\n");
    const r = run("batch-simulate.sh", [file]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).approvals).toEqual({ count: 0, meanLimit: null, meanApr: null });
    expect(r.status).toBe(0);
  });
});

describe("generate-population.mjs checks its input", () => {
  it.each([[["abc"]], [["10", "-1"]], [["10", "1", "2"]]])("%j: one error line, exit 2, no profiles", (args) => {
    const r = spawnSync(process.execPath, ["examples/generate-population.mjs", ...args], { cwd: root, encoding: "utf8" });
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error: .*usage: /)]);
    expect(r.status).toBe(2);
  });
});
