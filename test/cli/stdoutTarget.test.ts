import { spawnSync } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { population } from "../portfolio/population.js";
import { BIN, binEnv } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// An output file that is where stdout goes (`--out r.json > r.json`,
// `--out /dev/stdout`) would replace the report or be mixed into it: refused
// before any work, whatever stdout is — a file, a pipe.

const root = fileURLToPath(new URL("../..", import.meta.url));
const write = tempWriter("suishendai-stdout-target-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const LABELLED = write("lab.ndjson", ndjson(labelledProfiles(400, 3)));
const POPULATION = write("pop.ndjson", `${population(50).join("\n")}\n`);
const dir = dirname(LABELLED);
const fit = ["fit", LABELLED, "--target", "defaulted"];

/** The bin in `dir` with stdout to `stdout` opened as `> stdout` does (created, emptied), or to a pipe. */
function bin(argv: readonly string[], stdout?: string) {
  const fd = stdout === undefined ? "pipe" : openSync(join(dir, stdout), "w");
  try {
    const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, encoding: "utf8", stdio: ["ignore", fd, "pipe"], env: binEnv() });
    return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr };
  } finally {
    if (typeof fd === "number") closeSync(fd);
  }
}

describe("an output file that is stdout is refused: exit 2, one line naming the option", () => {
  it.each([
    ["fit --out r.json > r.json", [...fit, "--out", "r.json"], "r.json", "error: --out r.json: is where stdout goes; give --out another file or send the report elsewhere\n"],
    ["fit --out /dev/stdout > devout.txt", [...fit, "--out", "/dev/stdout", "-q", "--format", "json"], "devout.txt", "error: --out /dev/stdout: is where stdout goes; give --out another file or send the report elsewhere\n"],
    ["portfolio --outcomes r2.json > r2.json", ["portfolio", POPULATION, "--outcomes", "r2.json"], "r2.json", "error: --outcomes r2.json: is where stdout goes; give --outcomes another file or send stdout elsewhere\n"],
    ["portfolio --outcomes /dev/stdout > pout.txt", ["portfolio", POPULATION, "--outcomes", "/dev/stdout"], "pout.txt", "error: --outcomes /dev/stdout: is where stdout goes; give --outcomes another file or send stdout elsewhere\n"],
    ["portfolio --out x.json > x.json", ["portfolio", POPULATION, "--out", "x.json"], "x.json", "error: --out x.json: is where stdout goes; leave --out out: the result goes to stdout without it\n"],
  ])("%s", (_name, argv, stdout, message) => {
    const r = bin(argv, stdout);
    expect([r.code, r.stderr]).toEqual([2, message]);
    expect(readFileSync(join(dir, stdout), "utf8")).toBe("");
  });

  it("fit --out /dev/stdout | wc -c: stdout a pipe is refused the same way (not 'no such directory')", () => {
    const r = bin([...fit, "--out", "/dev/stdout"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: --out /dev/stdout: is where stdout goes; give --out another file or send the report elsewhere\n"]);
  });

  // A terminal for stdout needs a pseudo-terminal: script(1) gives one where it is installed.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("on a terminal, --out /dev/tty is the terminal the report goes to: refused the same way", () => {
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" fit "${LABELLED}" --target defaulted -q --out /dev/tty`, "/dev/null"], { cwd: dir, encoding: "utf8", env: binEnv() });
    expect(r.status).toBe(2);
    expect(r.stdout.replace(/\r/g, "")).toBe("error: --out /dev/tty: is where stdout goes; give --out another file or send the report elsewhere\n");
  });

  it("another file than stdout's is written as asked", () => {
    const r = bin([...fit, "-q", "--format", "json", "--out", "other.json"], "report.json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(readFileSync(join(dir, "other.json"), "utf8"))).toHaveProperty("scorecard");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))).toHaveProperty("policy");
  });
});
