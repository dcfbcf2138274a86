import { describe, expect, it } from "vitest";
import { labelLines } from "../../src/views/labelLines.js";

describe("labelLines", () => {
  it("breaks after a space, comma or slash, within a word only when nothing else fits; the lines joined are the label", () => {
    expect(labelLines("{critical/other existing credit}", 11)).toBe("{critical/\nother\nexisting\ncredit}");
    expect(labelLines("{west, northwest}", 10)).toBe("{west,\nnorthwest}");
    expect(labelLines("{abcdefghijkl}", 5)).toBe("{abcd\nefghi\njkl}");
    expect(labelLines("{app}", 8)).toBe("{app}");
  });

  it("counts a CJK character as two columns", () => {
    expect(labelLines("{华东 华北}", 6)).toBe("{华东\n华北}");
  });
});
