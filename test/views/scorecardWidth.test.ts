import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/views/lang.js";
import { drawnWidth } from "../../src/views/layout.js";
import { renderFitTable } from "../../src/views/fitView.js";
import { renderValidateTable } from "../../src/views/validateView.js";
import { FIT, VALIDATE } from "./scorecardFixtures.js";

// Every line of the fit and validate tables fits the terminal: 80 columns
// unless the terminal says otherwise, in both languages, Unicode or ASCII,
// measured with the views' own width helper (CJK counts two columns).

const wide = (text: string, columns: number) => text.split("\n").filter((line) => drawnWidth(line) > columns);

describe("fit and validate table widths", () => {
  it("the fixture has what made lines wide: a dsr bin with long decimals, warnings", () => {
    expect(FIT.characteristics.find((c) => c.field === "dsr")?.bins.some((b) => b.label.length >= 13)).toBe(true);
    expect(FIT.warnings.length).toBeGreaterThan(3);
  });

  for (const lang of ["en", "zh"] as Lang[]) {
    for (const ascii of [false, true]) {
      const style = { lang, colorLevel: 1 as const, ascii };
      it(`fit, ${lang}${ascii ? ", ASCII" : ""}: no line wider than 80 columns`, () => {
        expect(wide(renderFitTable(FIT, style), 80)).toEqual([]);
      });
      it(`validate with a baseline, ${lang}${ascii ? ", ASCII" : ""}: no line wider than 80 columns`, () => {
        expect(wide(renderValidateTable(VALIDATE, style), 80)).toEqual([]);
      });
    }
  }

  it("a wider terminal keeps a prose line whole; a narrow one wraps it on word boundaries", () => {
    const wideText = renderFitTable(FIT, { lang: "en", colorLevel: 0, columns: 200 });
    expect(wideText).toMatch(/^model: .*; intercept -?\d+\.\d{6}$/m);
    const text = renderFitTable(FIT, { lang: "en", colorLevel: 0, columns: 60 });
    expect(wide(text.split("\n").filter((l) => !/[│┌└|+]/.test(l)).join("\n"), 60)).toEqual([]);
    // wrapped, not cut: the words of the model line are all there, in order
    const at = text.indexOf("model: ");
    expect(text.slice(at, text.indexOf("intercept", at)).replace(/\s+/g, " ")).toBe(`model: ${FIT.model.method}; ${FIT.model.iterations} steps, converged; `);
  });
});
