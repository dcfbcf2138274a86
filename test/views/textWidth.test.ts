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
  it("a 32,000-character CJK name with an emoji: 64,002 columns, string-width never handed more than 1,024 characters at once", () => {
    const { width, longest, total } = measured(`${"随".repeat(32_000)}👍`);
    expect(width).toBe(64_002);
    expect(longest).toBeLessThanOrEqual(1024);
    expect(total).toBe(32_002); // the emoji is two UTF-16 units
  });

  it("mixed ASCII, CJK and a combining mark is cut too; colour codes take no columns", () => {
    const { width, longest } = measured(`\u001b[1m${"随a ".repeat(5000)}e\u0301\u001b[22m`);
    expect(width).toBe(5000 * 4 + 1);
    expect(longest).toBeLessThanOrEqual(1024);
  });

  it("every character of the Basic Multilingual Plane it measures without string-width is as wide as string-width says", () => {
    const wrong: string[] = [];
    let fast = 0;
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates
      const ch = String.fromCharCode(code);
      const { width } = measured(ch);
      if (handed.length > 0) continue; // measured by string-width itself
      fast++;
      if (width !== stringWidth(ch)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(fast).toBeGreaterThan(40_000); // the fast path is not empty: CJK, kana, Hangul, box drawing…
  });

  it("what the tool prints (ASCII, ·, box drawing, bars, CJK and its punctuation, full-width forms) is measured without string-width, as wide as string-width says", () => {
    const piece = fc.constantFrom("a", "~", " ", "·", "¥", "×", "é", "—", "…", "→", "≤", "─", "│", "┼", "█", "▏", "随", "贷", "。", "，", "「", "ア", "ー", "한", "１", "％", "：", "￥");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
        const text = pieces.join("");
        const { width } = measured(text);
        expect(handed).toEqual([]);
        expect(width).toBe(stringWidth(text));
      }),
      { numRuns: 300 },
    );
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
