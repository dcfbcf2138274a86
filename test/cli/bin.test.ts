import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, runBin } from "./runCli.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("the built binary", () => {
  it("prints the version", () => {
    const r = runBin(["--version"]);
    expect([r.code, r.stdout.trim()]).toEqual([0, pkg.version]);
  });

  it("documents every quote option with examples", () => {
    const r = runBin(["quote", "--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--apr", "--daily-rate", "--terms", "--method", "--start", "--year-basis", "--format", "--lang", "--product", "Examples:"]) {
      expect(r.stdout).toContain(flag);
    }
  });

  it("quotes the issue's loan end to end", () => {
    const r = runBin(["quote", "10000", "--apr", "12", "--terms", "12", "--format", "json"]);
    const q = JSON.parse(r.stdout);
    expect([r.code, q.schedule[0].payment, q.totals.interest, q.schedule[11].payment]).toEqual([0, "888.49", "661.86", "888.47"]);
  });

  it("exits 2 with one line and an empty stdout on bad input", () => {
    const r = runBin(["quote", "10000", "--apr", "12", "--start", "2026-02-30"]);
    expect([r.code, r.stdout, r.stderr.trimEnd().split("\n").length]).toEqual([2, "", 1]);
  });

  it("gives the same bytes whatever the time zone", () => {
    const args = ["quote", "10000", "--apr", "12", "--start", "2026-01-31", "--format", "csv"];
    expect(runBin(args, { TZ: "Pacific/Kiritimati" }).stdout).toBe(runBin(args, { TZ: "America/Adak" }).stdout);
  });
});

describe("pipes", () => {
  it("`simulate big.ndjson | head -1` exits quietly", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" simulate examples/profiles/population.ndjson | head -1 >/dev/null; echo "\${PIPESTATUS:-}"`], { cwd: new URL("../..", import.meta.url), encoding: "utf8" });
    expect(r.stderr).toBe("");
  });
});
