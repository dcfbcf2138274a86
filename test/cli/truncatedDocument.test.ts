import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const typical = JSON.parse(readFileSync("examples/profiles/typical.json", "utf8")) as Record<string, unknown>;
const TRUNCATED = "the text ends before the JSON value is complete (unexpected end of input: truncated?)";

describe("a pretty-printed profile cut off says so in one line", () => {
  // Cut after the "2" of a pretty-printed array: that line parses alone, so each of the 26 lines was its own error record.
  const pretty = JSON.stringify({ ...typical, history: [1, 2] }, null, 2);
  const cut = pretty.slice(0, pretty.indexOf("2\n") + 2);

  it("simulate: one error naming where the text ends, exit 2", async () => {
    const r = await runCli(["simulate", "-"], {}, false, cut);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`error: invalid JSON: line 26, column 6: ${TRUNCATED}\n`);
  });

  it("cut inside a string: the same words", async () => {
    const r = await runCli(["simulate", "-"], {}, false, pretty.slice(0, pretty.indexOf('"monthlyIncome"') + 5));
    expect(r.stderr).toMatch(new RegExp(`^error: invalid JSON: line \\d+, column 3: ${TRUNCATED.replace(/[()?]/g, "\\$&")}\\n$`));
  });

  it("fit: the one record of the input is named with the same words", async () => {
    const r = await runCli(["fit", "-"], {}, false, cut);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: input: no usable record in stdin (line 1: invalid JSON: line 26, column 6: ${TRUNCATED})\n`);
  });
});
