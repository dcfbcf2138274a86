import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-faults-");
const small = write("small.ndjson", `${population(30).join("\n")}\n`);

describe("portfolio: stdin is read once", () => {
  it.each([
    [["-", "--challenger", "-"], /^error: input and --challenger: stdin can be read once/],
    [["-", "--policy", "-"], /^error: input and --policy: stdin can be read once/],
    [[small, "--policy", "-", "--challenger", "-"], /^error: --policy and --challenger: stdin can be read once/],
  ])("%j is refused before reading", async (argv, message) => {
    expectUsageError(await runCli(["portfolio", ...argv], {}, false, population(3).join("\n")), message);
  });
});

describe("portfolio: a file that cannot be read is an I/O fault (exit 1) for the input, --policy and --challenger alike", () => {
  const dir = write("x", "").replace(/\/x$/, "");
  it.each([
    [["/no/such/input.ndjson"], /^error: input: cannot read \/no\/such\/input.ndjson/],
    [[small, "--policy", "/no/such/policy.json"], /^error: --policy: cannot read \/no\/such\/policy.json/],
    [[small, "--challenger", "/no/such/policy.json"], /^error: --challenger: cannot read \/no\/such\/policy.json/],
    [[small, "--challenger", dir], /^error: --challenger: cannot read /],
  ])("%j", async (argv, message) => {
    const r = await runCli(["portfolio", ...argv]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(1);
  });
});
