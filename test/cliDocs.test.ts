import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script shared with `npm run docs:cli`
import { cliDocs } from "../scripts/cli-docs.mjs";

// docs/cli.md is the commands' own --help (npm test builds the bin first).
describe("docs/cli.md", () => {
  const written = readFileSync(new URL("../docs/cli.md", import.meta.url), "utf8");
  const fresh = cliDocs() as string;

  it("is what the program's help says today (refresh with: npm run docs:cli)", () => {
    expect(written).toBe(fresh);
  });

  it("holds every command and subcommand, each with its options", () => {
    const titles = [...fresh.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(["suishendai", ...["quote", "compare", "simulate", "policy", "policy lint", "policy diff", "portfolio", "merge", "fit", "validate", "completion"].map((c) => `suishendai ${c}`)]);
    for (const option of ["--apr <percent>", "--offers <file>", "--what-if", "--sweep <path=from:to:step>", "--baseline <file>"]) expect(fresh).toContain(option);
  });
});
