import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script shared with `npm run docs:examples`
import { EXAMPLE_PAGES, pageExamples } from "../scripts/readme-examples.mjs";

type Example = { command: string; written: string; actual: string };

describe.each(EXAMPLE_PAGES as string[])("%s", (page) => {
  const examples = pageExamples(page) as Example[];

  it("has runnable examples", () => {
    const commands = examples.map((e) => e.command).join("\n");
    // the README's tour: a borrower's quote, compare, simulate, portfolio and fit; the guide: every command and both charts
    const words = page === "README.md" ? ["quote", "compare", "simulate", "portfolio", "fit"] : ["quote", "compare", "simulate", "policy", "portfolio", "fit", "validate", "--chart"];
    for (const word of words) expect(commands).toContain(word);
  });

  it.each(examples.map((e) => [e.command, e]))("pasted output still matches: $ %s", (_command, e) => {
    // If this fails after a deliberate change, refresh with: npm run docs:examples
    expect(e.actual).toBe(e.written);
  });
});
