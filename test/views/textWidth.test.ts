import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// string-width runs Intl.Segmenter, whose time grows with the square of what it is handed
// (Node 20: 32,000 CJK characters ≈ 1 s, 64,000 ≈ 4 s). Linear time is checked without a
// clock: no call may hand it more than a bounded piece, and the pieces add up to the text.
const handed: number[] = [];
vi.mock("string-width", async (original) => {
  const real = ((await original()) as { default: (text: string) => number }).default;
  return { default: (text: string) => (handed.push(text.length), real(text)) };
});
const { default: stringWidth } = await import("string-width");
const { textWidth } = await import("../../src/views/textWidth.js");

function measured(text: string): { width: number; longest: number; total: number } {
  handed.length = 0;
  const width = textWidth(text);
  return { width, longest: Math.max(...handed), total: handed.reduce((a, b) => a + b, 0) };
}

describe("textWidth", () => {
  it("a 32,000-character CJK name: 64,000 columns, string-width never handed more than 1,024 characters at once", () => {
    const { width, longest, total } = measured("随".repeat(32_000));
    expect(width).toBe(64_000);
    expect(longest).toBeLessThanOrEqual(1024);
    expect(total).toBe(32_000);
  });

  it("mixed ASCII and CJK is cut too; colour codes take no columns", () => {
    const { width, longest } = measured(`\u001b[1m${"随a ".repeat(5000)}\u001b[22m`);
    expect(width).toBe(5000 * 4);
    expect(longest).toBeLessThanOrEqual(1024);
  });

  it("the same width as string-width over the whole text, whatever the characters (emoji, marks, jamo stay whole)", () => {
    const piece = fc.constantFrom("a", " ", "随", "。", "ｱ", "한", "\u1100\u1161", "e\u0301", "👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "\u0600", "\u200d", "\t");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 900 }), (pieces) => {
        const text = pieces.join("");
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 60 },
    );
  });
});
