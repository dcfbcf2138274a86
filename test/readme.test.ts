import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script shared with `npm run docs:examples`
import { EXAMPLE_PAGES, pageCommands, pageExamples } from "../scripts/readme-examples.mjs";

type Example = { command: string; written: string; actual: string };

// The long examples — 20 simulated runs, 20,000 records fitted, the 3,000-profile population —
// are compared under `npm run test:slow`; test/tty/readmeInTerminal.test.ts runs them smaller in
// `npm test`. Every other example is compared here, byte for byte.
const long = (command: string) => /--runs ([3-9]|\d\d)|--count \d{5}|^suishendai \w+ examples\/profiles\/population\.ndjson/.test(command);
const keep = (command: string) => Boolean(process.env.SUISHENDAI_TEST_SLOW) || !long(command);

describe.each(EXAMPLE_PAGES as string[])("%s", (page) => {
  const examples = pageExamples(page, keep) as Example[];

  it("has runnable examples", () => {
    const commands = (pageCommands(page) as string[]).join("\n");
    // the README's tour: a borrower's quote, compare, simulate, portfolio and fit; the guide: every command and both charts
    const words = page === "README.md" ? ["quote", "compare", "simulate", "portfolio", "fit"] : ["quote", "compare", "simulate", "policy", "portfolio", "fit", "validate", "--chart"];
    for (const word of words) expect(commands).toContain(word);
  });

  it.each(examples.map((e) => [e.command, e]))("pasted output still matches: $ %s", (_command, e) => {
    // If this fails after a deliberate change, refresh with: npm run docs:examples
    expect(e.actual).toBe(e.written);
  });
});
