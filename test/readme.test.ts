import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script shared with `npm run docs:examples`
import { readmeExamples } from "../scripts/readme-examples.mjs";

describe("README", () => {
  const examples = readmeExamples() as { command: string; written: string; actual: string }[];

  it("has runnable examples for quote, compare, simulate and both charts", () => {
    const commands = examples.map((e) => e.command).join("\n");
    for (const word of ["quote", "compare", "simulate", "--chart"]) expect(commands).toContain(word);
  });

  it.each(examples.map((e) => [e.command, e]))("pasted output still matches: $ %s", (_command, e) => {
    // If this fails after a deliberate change, refresh with: npm run docs:examples
    expect(e.actual).toBe(e.written);
  });
});
