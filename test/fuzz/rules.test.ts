import { describe, expect, it } from "vitest";
import { brokenRule } from "./rules.js";

// The fuzzer's checker must be able to fail: each broken output below is caught.
describe("the fuzz checker", () => {
  const ok = { code: 0, stdout: "{}\n", stderr: "" };
  it.each([
    ["an exit code outside 0/1/2", { ...ok, code: 3 }, /exit code 3/],
    ["two lines of error", { code: 2, stdout: "", stderr: "error: a\nerror: b\n" }, /more than one line/],
    ["output on a usage error", { code: 2, stdout: "x", stderr: "error: a\n" }, /stdout not empty/],
    ["a stack trace", { code: 1, stdout: "", stderr: "error: x\n    at run (/src/cli/run.ts:10:5)\n" }, /more than one line|stack trace/],
    ["NaN computed by us", { ...ok, stdout: '{"apr":"NaN"}' }, /"NaN" in output/],
    ["an object printed as text", { ...ok, stdout: "[object Object]" }, /\[object Object\]/],
    ["undefined printed", { ...ok, stdout: "rate undefined%" }, /"undefined" in output/],
  ])("catches %s", (_name, result, message) => {
    expect(brokenRule(result, ["quote", "10000"])).toMatch(message);
  });

  it("lets the user's own words be echoed", () => {
    expect(brokenRule({ code: 2, stdout: "", stderr: 'error: --apr: expected a percentage, got "NaN"\n' }, ["quote", "1", "--apr", "NaN"])).toBeUndefined();
    expect(brokenRule(ok, ["quote"])).toBeUndefined();
  });
});
