import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/json/canonicalJson.js";
import { MAX_JSON_DEPTH, tooDeepAt } from "../../src/json/nestingDepth.js";
import { parseJson } from "../../src/json/parseJson.js";

const arrays = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;

describe("JSON nested deeper than MAX_JSON_DEPTH is refused when parsed, so nothing that walks a value recurses past the stack", () => {
  it("512 levels parse; 513 are refused at the 513th bracket (line and column)", () => {
    expect(MAX_JSON_DEPTH).toBe(512);
    expect(parseJson(arrays(512)).ok).toBe(true);
    expect(parseJson(arrays(513))).toEqual({ ok: false, message: "line 1, column 513: nested too deeply (more than 512 levels)", located: true });
    // objects count as arrays do; the line is counted from firstLine
    expect(parseJson(`{"a":\n${'{"b":'.repeat(600)}1${"}".repeat(601)}`, 7)).toEqual({ ok: false, message: "line 8, column 2556: nested too deeply (more than 512 levels)", located: true });
  });

  it("brackets inside strings (escaped quotes too) do not count", () => {
    const text = JSON.stringify({ a: `\\"${"[".repeat(2000)}`, b: "{".repeat(2000) });
    expect(tooDeepAt(text)).toBe(-1);
    expect(parseJson(text).ok).toBe(true);
  });

  it("100,000 levels: an error, not a stack overflow, and whatever the value is walked by never sees it", () => {
    const r = parseJson(arrays(100_000));
    expect(r).toEqual({ ok: false, message: "line 1, column 513: nested too deeply (more than 512 levels)", located: true });
    // what the limit protects: a recursive walk of the deepest value allowed is fine
    const deepest = parseJson(arrays(512));
    expect(canonicalJson((deepest as { value: unknown }).value)).toBe(arrays(512));
  });
});
