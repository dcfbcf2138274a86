import { describe, expect, it } from "vitest";
import { runWithFiles } from "../cli/fileIo.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-small-");
const small = write("small.ndjson", `${population(40).join("\n")}\n`);

describe("--economics termMix.N for a term no band offers", () => {
  it("is named on stderr (it changes nothing), and the run goes on", async () => {
    // The built-in policy's bands offer 3, 6, 9 and 12 months: none offers 24.
    const r = await runCli(["portfolio", small, "--economics", "termMix.24=0.5", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("warning: --economics termMix.24=0.5: no band of the policy offers 24-month loans, so it changes nothing\n");
  });
  it("a term some band offers gives no warning", async () => {
    expect((await runCli(["portfolio", small, "--economics", "termMix.6=0.5", "--format", "json"])).stderr).toBe("");
  });
});

describe("--npl-target", () => {
  it.each([["1"], ["2"]])("a bare number such as %s is refused, suggesting a percent or a fraction", async (text) => {
    expectUsageError(await runCli(["portfolio", small, "--npl-target", text]), new RegExp(`^error: --npl-target: ${text} would be ${text}00%; write ${text}% or 0.0${text}`));
  });
  it("100% written as such is still accepted", async () => {
    expect((await runCli(["portfolio", small, "--npl-target", "100%", "--format", "json"])).code).toBe(0);
  });
});

describe("--sweep bounds may be percentages where --economics takes them", () => {
  it("economics.vatRate=3%:5%:1% runs at 0.03, 0.04, 0.05", async () => {
    const r = await runCli(["portfolio", small, "--sweep", "economics.vatRate=3%:5%:1%", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).sweep.points.map((p: { value: string }) => p.value)).toEqual(["0.03", "0.04", "0.05"]);
  });
  it("a percentage for a parameter that is not an economics rate is refused (bands.B.apr is already in percent)", async () => {
    expectUsageError(await runCli(["portfolio", small, "--sweep", "bands.B.apr=8%:12%:1%"]), /^error: --sweep: a percentage .* economics/);
  });
});

describe("portfolio --help", () => {
  it("sweeps the cutoff from the lowest band's minScore (550), where each value changes something", async () => {
    const help = (await runCli(["portfolio", "--help"])).stdout;
    expect(help).toContain("--sweep cutoff=550:700:10");
    expect(help).not.toContain("cutoff=520");
  });
});

describe("portfolio stopped by Ctrl-C", () => {
  it("says no result was written (it writes no lines), exit 130", async () => {
    const { code, stdout, stderr } = await runWithFiles(["portfolio", small], { interrupted: true });
    expect(code).toBe(130);
    expect(stdout).toBe("");
    expect(stderr).not.toContain("every line written is whole");
    expect(stderr).toMatch(/^interrupted after \d+ record\(s\); no result written\n$/);
  });
});
