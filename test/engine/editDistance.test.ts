import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/engine/editDistance.js";

// An independent count: Damerau (optimal string alignment) by full recursion, fine for short words.
function byHand(a: string, b: string): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let best = Math.min(byHand(a.slice(1), b) + 1, byHand(a, b.slice(1)) + 1, byHand(a.slice(1), b.slice(1)) + (a[0] === b[0] ? 0 : 1));
  if (a.length > 1 && b.length > 1 && a[0] === b[1] && a[1] === b[0]) best = Math.min(best, byHand(a.slice(2), b.slice(2)) + 1);
  return best;
}

describe("editDistance", () => {
  it("counts the edits worked out by hand", () => {
    expect(editDistance("mxa", "max")).toBe(1); // swap x, a
    expect(editDistance("mxa", "min")).toBe(2);
    expect(editDistance("quot", "quote")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("agrees with a recursive count on every pair of short words", () => {
    const words = ["", "a", "ab", "ba", "abc", "acb", "bca", "cab", "abcd", "badc", "zhima", "zimha"];
    for (const a of words) for (const b of words) expect(editDistance(a, b), `${a} → ${b}`).toBe(byHand(a, b));
  });

  it("answers atMost + 1 when the lengths alone are further apart", () => {
    expect(editDistance("ab", "abcdef", 2)).toBe(3);
    expect(editDistance("abcd", "ab", 2)).toBe(2);
  });
});
