import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

// Facts a borrower relies on, checked against the sources the presets and docs cite.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const presets = JSON.parse(read("data/presets.json")) as { offers: { id: string; totalFeeRate?: number; terms: number; source: string }[] };

describe("花呗分期 presets follow one published table", () => {
  // The consumer fee table (用户承担手续费): 3期 2.3%, 6期 4.5%, 9期 6.5%, 12期 8.8% for the term.
  const table: Record<string, [number, number]> = { "huabei-3": [3, 2.3], "huabei-6": [6, 4.5], "huabei-9": [9, 6.5], "huabei-12": [12, 8.8] };

  it("each preset's fee is the table's, and its source cites the table and its own row", () => {
    for (const [id, [terms, fee]] of Object.entries(table)) {
      const p = presets.offers.find((o) => o.id === id);
      expect([id, p?.terms, p?.totalFeeRate]).toEqual([id, terms, fee]);
      expect(p?.source).toContain("3期 2.3%, 6期 4.5%, 9期 6.5%, 12期 8.8%");
      expect(p?.source).toContain(`this preset: ${terms}期 ${fee}%`);
    }
    expect(presets.offers.find((o) => o.id === "huabei-12")?.source).toContain("merchant table's 12期 7.5%");
  });

  it("a longer term costs more by IRR: 3 < 6 < 9 < 12 (9期 at 6.8% priced above 12期)", async () => {
    // By hand, 9期 at 6.5%: 10,000 + 650 in 9 equal parts ≈ 15.3% by IRR; 12期 at 8.8% ≈ 15.9%;
    // 9期 at the old 6.8% was ≈ 16.0%, above 12期.
    const r = await runCli(["compare", "10000", "--preset", "huabei-3", "--preset", "huabei-6", "--preset", "huabei-9", "--preset", "huabei-12", "--start", "2026-01-15", "--format", "json"]);
    const offers = (JSON.parse(r.stdout) as { offers: { name: string; annualizedRate: string }[] }).offers;
    expect(offers.map((o) => o.name)).toEqual(["花呗分期 3期", "花呗分期 6期", "花呗分期 9期", "花呗分期 12期"]);
    expect(offers.map((o) => Number(o.annualizedRate).toFixed(2))).toEqual(["13.75", "15.27", "15.34", "15.86"]);
  });
});

describe("the 24% cap and the 单利 label, worded as the rules are", () => {
  it("--cap's help says 24% is the regulators' guidance and the courts use 4 × the one-year LPR", async () => {
    for (const command of ["quote", "compare"]) {
      const help = (await runCli([command, "--help"])).stdout.replace(/\s+/g, " ");
      expect(help, command).toContain("24: the regulators' guidance; courts: 4 × the 1-year LPR since 2020-08-20");
    }
  });

  it("the docs do not call 24% the courts' line, nor 单利 the figure the regulation asks for", () => {
    for (const path of ["README.md", "docs/conventions.md", "src/engine/products.ts"]) {
      const text = read(path).replace(/\s+/g, " ");
      expect(text, path).not.toMatch(/24% line of the courts|regulation asks for/);
    }
    const conventions = read("docs/conventions.md").replace(/\s+/g, " ");
    expect(conventions).toContain("since 2020-08-20");
    expect(conventions).toContain("4 × the one-year LPR");
    expect(conventions).toContain("The announcement allows a lender to disclose either");
  });
});
