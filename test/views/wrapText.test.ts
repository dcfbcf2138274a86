import { describe, expect, it } from "vitest";
import { wrapText } from "../../src/views/wrapText.js";

describe("wrapText", () => {
  it("breaks on spaces, never inside a word, indenting what follows", () => {
    // "alpha beta" is 10 columns; adding " gamma" would make 16 > 12
    expect(wrapText("alpha beta gamma delta", 12, "  ")).toEqual(["alpha beta", "  gamma", "  delta"]);
  });

  it("a word wider than the line stays whole", () => {
    expect(wrapText("a supercalifragilistic b", 8)).toEqual(["a", "supercalifragilistic", "b"]);
  });

  it("Chinese breaks between characters, each two columns wide", () => {
    // 6 characters = 12 columns; width 8 holds 4 of them
    expect(wrapText("基础分与好坏比", 8)).toEqual(["基础分与", "好坏比"]);
  });

  it("a short line is left as it is", () => {
    expect(wrapText("model: 8 steps", 80)).toEqual(["model: 8 steps"]);
  });
});
