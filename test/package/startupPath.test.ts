import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// What every command pays before it starts: the bin's entry and the chunks it imports
// statically (not the ones loaded with import() when a view or zod is needed).
const dir = fileURLToPath(new URL("../../dist/bin/", import.meta.url));
const STATIC = /(?:^|[;\n}])\s*import\s*(?:[\w$*{},\s]+from\s*)?"\.\/([\w.-]+\.mjs)"|from"\.\/([\w.-]+\.mjs)"/g;

function startupText(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return "";
  seen.add(file);
  const text = readFileSync(dir + file, "utf8");
  let all = text;
  for (const m of text.matchAll(STATIC)) all += startupText((m[1] ?? m[2]) as string, seen);
  return all;
}

describe("the start-up path (npm test builds dist/ first)", () => {
  const text = startupText("suishendai.mjs");

  it("loads no string-width: it runs Intl.Segmenter when it loads (~20 ms on every command)", () => {
    expect(text).not.toContain("Segmenter");
  });

  it("loads none of fit's statistics or its linear algebra (ml-matrix)", () => {
    for (const marker of ["CholeskyDecomposition", "mergeMonotone", "stratifiedSplit"]) expect(text, marker).not.toContain(marker);
  });

  it("loads no zod, no table and no chart code", () => {
    for (const marker of ["ZodError", "cli-table3", "█"]) expect(text, marker).not.toContain(marker);
  });
});
