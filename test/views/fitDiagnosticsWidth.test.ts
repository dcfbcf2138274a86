import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { fitReport } from "../../src/app/scorecard/fitReport.js";
import { LabelledCollector } from "../../src/app/scorecard/labelledRecords.js";
import { defaultPolicy } from "../../src/policy/defaultPolicy.js";
import { renderFitTable } from "../../src/views/fitView.js";
import type { Lang } from "../../src/views/lang.js";
import { drawnWidth } from "../../src/views/layout.js";
import { FIT } from "./scorecardFixtures.js";

// The coefficients' table (coefficient, SE, z, p, VIF) and forward selection's
// steps fit 80 columns in both languages, Unicode and ASCII; narrower, the
// table is split in parts led by the name, nothing cut.
const collector = new LabelledCollector({ field: "defaulted" });
(labelledProfiles(2000, 11) as unknown[]).forEach((value, i) => collector.add({ line: i + 1, value }));
const FORWARD = fitReport(collector.data, defaultPolicy().json, { seed: 1, target: "defaulted", invalid: 0, select: "forward" });

const wide = (text: string, columns: number) => text.split("\n").filter((line) => drawnWidth(line) > columns);

describe("the diagnostics in the fit table", () => {
  it("the fixture selected some and left at least one out", () => {
    expect(FORWARD.selection.method).toBe("forward");
    expect(FORWARD.characteristics.some((c) => c.reason === "notSelected")).toBe(true);
  });

  for (const lang of ["en", "zh"] as Lang[]) {
    for (const ascii of [false, true]) {
      const style = { lang, colorLevel: 0 as const, ascii };
      it(`${lang}${ascii ? ", ASCII" : ""}: at 80 columns one coefficients table with SE, z, p and VIF, no line wider`, () => {
        for (const report of [FIT, FORWARD]) {
          const text = renderFitTable(report, style);
          expect(wide(text, 80)).toEqual([]);
          const coef = lang === "en" ? "coefficient" : "系数";
          expect(text).toMatch(new RegExp(`^[│|] +[│|] +${coef} [│|] +SE [│|] +z [│|] +p [│|] +VIF [│|]$`, "m"));
          // every kept characteristic has its row, the intercept first
          for (const c of report.model.coefficients) expect(text).toMatch(new RegExp(`^[│|] ${c.id} ${c.field} +[│|] +${c.coefficient.toFixed(4)} [│|] +${c.standardError.toFixed(4)} [│|]`, "m"));
        }
      });
    }
  }

  it("at 50 columns the table splits, led by the name each time; every value still shown", () => {
    const text = renderFitTable(FORWARD, { lang: "en", colorLevel: 0, columns: 50 });
    const tables = text.slice(text.indexOf("coefficients on train"), text.indexOf("WOE columns"));
    expect(wide(tables, 50)).toEqual([]);
    expect((tables.match(/\(intercept\)/g) ?? []).length).toBeGreaterThan(1);
    const first = FORWARD.model.coefficients[0]!;
    expect(tables).toContain(first.vif === null ? "∞" : first.vif.toFixed(2));
    expect(tables).toContain(first.z.toFixed(2));
  });

  it("p under 0.0001 prints as <0.0001; the intercept has no VIF", () => {
    const text = renderFitTable(FIT, { lang: "en", colorLevel: 0 });
    expect(text).toMatch(/^│ \(intercept\) +│ +-?\d+\.\d{4} │ +\d+\.\d{4} │ +-?\d+\.\d\d │ +(<0\.0001|\d\.\d{4}) │ +– │$/m);
  });
});
