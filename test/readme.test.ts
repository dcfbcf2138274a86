import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script shared with `npm run docs:examples`
import { readmeExamples } from "../scripts/readme-examples.mjs";

// The long examples — 20 simulated runs, 20,000 records fitted, the 3,000-profile population —
// are compared under `npm run test:slow`; test/tty/readmeInTerminal.test.ts runs them smaller in
// `npm test`. Every other example is compared here, byte for byte.
const long = (command: string) => /--runs ([3-9]|\d\d)|--count \d{5}|^suishendai \w+ examples\/profiles\/population\.ndjson/.test(command);
const keep = (command: string) => Boolean(process.env.SUISHENDAI_TEST_SLOW) || !long(command);

describe("README", () => {
  const examples = readmeExamples(undefined, keep) as { command: string; written: string; actual: string }[];

  it("has runnable examples for quote, compare, simulate and both charts", () => {
    const commands = examples.map((e) => e.command).join("\n");
    for (const word of ["quote", "compare", "simulate", "--chart"]) expect(commands).toContain(word);
  });

  it.each(examples.map((e) => [e.command, e]))("pasted output still matches: $ %s", (_command, e) => {
    // If this fails after a deliberate change, refresh with: npm run docs:examples
    expect(e.actual).toBe(e.written);
  });
});
