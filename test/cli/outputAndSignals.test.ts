import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, runBin } from "./runCli.js";
import { withoutJobsNote } from "./jobsNote.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const profile = (id: number, extra = "") => `{"id":${id},"invited":true,"age":30,"monthlyIncome":10000,"zhimaScore":700,"spend12m":20000,"accountAgeMonths":40,"orders12m":100${extra}}`;
const dir = mkdtempSync(join(tmpdir(), "suishendai-out-"));
// The example population's first 600 profiles: three worker tasks of 250 for --jobs 2.
const POPULATION = join(dir, "population.ndjson");
writeFileSync(POPULATION, `${readFileSync(join(root, "examples/profiles/population.ndjson"), "utf8").split("\n").slice(0, 600).join("\n")}\n`);

/** The real binary with stdout on /dev/full: every write fails with ENOSPC. */
function toDevFull(argv: string[]) {
  const full = openSync("/dev/full", "w");
  try {
    const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: root, encoding: "utf8", stdio: ["ignore", full, "pipe"], env: { PATH: process.env.PATH ?? "" } });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(full);
  }
}

describe.runIf(existsSync("/dev/full"))("a full disk (/dev/full): one error line, exit 1, on every command", () => {
  it.each([
    [["--help"]],
    [["simulate", "--help"]],
    [["policy"]],
    [["quote", "10000", "--apr", "12", "--terms", "12"]],
    [["compare", "10000", "--offer", "apr=12,terms=12", "--offer", "apr=10,terms=12"]],
    [["simulate", "examples/profiles/typical.json"]],
    [["simulate", "population-600.ndjson", "--jobs", "1"]],
    [["simulate", "population-600.ndjson", "--jobs", "2"]],
    [["completion", "bash"]],
  ])("%j", (argv) => {
    expect(toDevFull(argv.map((a) => (a === "population-600.ndjson" ? POPULATION : a)))).toEqual({ code: 1, stderr: "error: output: cannot write to stdout: no space left on device\n" });
  });
});

describe("stdin that is a directory is an I/O fault", () => {
  it.each([
    [["simulate"], "error: input: cannot read stdin: it is a directory\n"],
    [["simulate", "--policy", "-", "examples/profiles/typical.json"], "error: --policy: cannot read stdin: it is a directory\n"],
    [["compare", "10000", "--offers", "-"], "error: --offers: cannot read stdin: it is a directory\n"],
  ])("%j", (argv, message) => {
    const stdin = openSync(dir, "r");
    try {
      const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: root, encoding: "utf8", stdio: [stdin, "pipe", "pipe"] });
      expect([r.status, r.stdout, r.stderr]).toEqual([1, "", message]);
    } finally {
      closeSync(stdin);
    }
  });
});

describe("one Ctrl-C stops a read waiting on stdin: exit 130", () => {
  it.each([
    [["simulate", "-"]],
    [["compare", "10000", "--offers", "-"]],
    [["simulate", "examples/profiles/typical.json", "--policy", "-"]],
  ])("%j", async (argv) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let err = "";
    child.stdin.on("error", () => {});
    child.stdout.on("error", () => {});
    child.stderr.on("error", () => {});
    child.stdout.resume();
    child.stderr.on("data", (d) => (err += d));
    const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
    // More than a pipe holds: 'drain' then means the child is reading stdin, so
    // main() has set its SIGINT handler; it then waits for the rest, forever.
    const ready = new Promise((resolve) => child.stdin.once("drain", resolve));
    if (child.stdin.write(`[${" ".repeat(1 << 20)}`)) throw new Error("the pipe took 1 MiB at once");
    await ready;
    child.kill("SIGINT");
    // Before the fix the first press only set a flag and the read never woke: give up after a while.
    const guard = setTimeout(() => child.kill("SIGKILL"), 30_000);
    const code = await closed;
    clearTimeout(guard);
    expect(code).toBe(130);
    expect(err).toMatch(/^interrupted/);
  });
});

describe("unknown profile fields", () => {
  const lines = [profile(1, ',"zhimascore":800'), profile(2), profile(3, ',"zhimascore":800,"colour":"red"'), profile(4, ',"request":{"amount":5000,"terms":6,"amout":1}')];

  it("are counted once per name with --jobs 1 and 2; -q silences; --strict makes them errors (the built binary)", () => {
    // 800 records: four worker tasks of 250, so --jobs 2 counts across workers
    const file = join(dir, "unknown.ndjson");
    writeFileSync(file, `${Array.from({ length: 200 }, () => lines.join("\n")).join("\n")}\n`);
    const warnings = [
      'warning: unknown field "zhimascore" in 400 record(s), ignored; did you mean "zhimaScore"?',
      'warning: unknown field "colour" in 200 record(s), ignored',
      'warning: unknown field "request.amout" in 200 record(s), ignored; did you mean "request.amount"?',
      "",
    ].join("\n");
    for (const jobs of ["1", "2"]) {
      const r = runBin(["simulate", file, "--jobs", jobs, "--start", "2026-01-15"]);
      expect([r.code, withoutJobsNote(r.stderr)]).toEqual([0, warnings]);
      expect(runBin(["-q", "simulate", file, "--jobs", jobs]).stderr).toBe("");
      const strict = runBin(["simulate", file, "--jobs", jobs, "--strict"]);
      expect(strict.code).toBe(1);
      expect(JSON.parse(strict.stdout.split("\n")[0] as string)).toEqual({ line: 1, id: 1, error: 'unknown field "zhimascore" (did you mean "zhimaScore"?)' });
      expect(JSON.parse(strict.stdout.split("\n")[3] as string)).toEqual({ line: 4, id: 4, error: 'unknown field "request.amout" (did you mean "request.amount"?)' });
    }
  });
});
