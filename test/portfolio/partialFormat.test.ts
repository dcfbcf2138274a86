import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "./population.js";

// A part is JSON: with --partial a format given other than json is refused
// (table as csv is), one line; --json and --format json say what it is anyway.

const write = tempWriter("suishendai-partial-format-");
const small = write("small.ndjson", `${population(30).join("\n")}\n`);

describe("portfolio --partial and --format", () => {
  it.each(["table", "csv"])("--format %s: exit 2, one line, nothing written", async (format) => {
    const out = write(`x-${format}.json`, "old\n");
    const r = await runCli(["portfolio", small, "--partial", "--format", format, "--out", out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: --format ${format}: --partial writes the part's sums as JSON for \`suishendai merge\`; give --format ${format} to merge instead\n`]);
    expect(readFileSync(out, "utf8")).toBe("old\n");
  });

  it.each([[["--format", "json"]], [["--json"]], [[]]])("%j: the part, the same bytes as with no --format", async (extra) => {
    const plain = await runCli(["portfolio", small, "--partial"]);
    const r = await runCli(["portfolio", small, "--partial", ...extra]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(plain.stdout);
    expect(JSON.parse(r.stdout)).toHaveProperty("kind");
  });
});
