import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

// Never "the last one wins" and never an option that silently does nothing.
describe("simulate refuses options it would otherwise drop", () => {
  it.each([
    [["--set", "zhimaScore=750", "--set", "zhimaScore=600"], "error: --set zhimaScore given twice (zhimaScore=750, zhimaScore=600); give it once\n"],
    [["--set", "request.terms=6", "--set", "request.terms=9"], "error: --set request.terms given twice (request.terms=6, request.terms=9); give it once\n"],
    [["--summary-format", "json"], "error: --summary-format: needs --summary\n"],
  ])("%j", async (extra, message) => {
    const r = await runCli(["simulate", "examples/profiles/typical.json", ...extra]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", message]);
  });

  it("two different fields set, and --summary-format with --summary, still work", async () => {
    const r = await runCli(["simulate", "examples/profiles/typical.json", "--set", "zhimaScore=750", "--set", "request.terms=6", "--summary", "--summary-format", "json", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("typical");
    expect(JSON.parse(r.stderr).records).toBe(1);
  });
});
