import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { completionSpec } from "../../src/cli/completion/completionSpec.js";
import type { CliIo } from "../../src/cli/io.js";
import { createProgram } from "../../src/cli/program.js";
import { METHOD_DEFINITIONS, METHODS, methodFromName, methodNames } from "../../src/engine/methods/index.js";
import { allowsMethod, DEFAULT_CAP, PRODUCTS } from "../../src/engine/products.js";
import { describeLimits } from "../../src/views/productLimits.js";
import { QUOTE_LABELS } from "../../src/views/quoteLabels.js";

// Facts written once and read elsewhere: these tests fail when a copy creeps back
// or a new method misses one of the places that must know it.

const io = { env: {}, today: () => "2026-01-15", stdout: () => {}, stderr: () => {} } as unknown as CliIo;
const program = createProgram(io);
const command = (name: string): Command => program.commands.find((c) => c.name() === name) as Command;
const option = (cmd: string, long: string) => command(cmd).options.find((o) => o.long === long);

describe("the methods registry is the one list of methods", () => {
  it.each(METHOD_DEFINITIONS.map((d) => [d.id, d] as const))("%s has a label in zh and en", (id) => {
    for (const lang of ["zh", "en"] as const) expect(QUOTE_LABELS[lang].method[id]).toMatch(/\S/);
  });

  it("labels name no method the registry does not have", () => {
    for (const lang of ["zh", "en"] as const) expect(Object.keys(QUOTE_LABELS[lang].method).sort()).toEqual([...METHODS].sort());
  });

  it("every id and alias reads back as its method, and completion offers them all", () => {
    const offered = completionSpec(program).find((c) => c.name === "quote")?.values["--method"];
    for (const d of METHOD_DEFINITIONS) {
      for (const name of [d.id, ...d.aliases]) {
        expect(methodFromName(name)).toBe(d.id);
        expect(offered).toContain(name);
      }
    }
    expect(offered).toEqual(methodNames());
  });

  it("the help of --method lists every name", () => {
    expect(option("quote", "--method")?.description).toBe(`repayment method: ${methodNames().join(" | ")}`);
  });

  it("a fee-charging method is one with no interest: today flat-fee alone", () => {
    expect(METHOD_DEFINITIONS.filter((d) => d.charges === "fee").map((d) => d.id)).toEqual(["flat-fee"]);
  });
});

describe("products and the cap", () => {
  it("the default cap is 24%, 随身贷's maximum APR", () => {
    expect(DEFAULT_CAP.toString()).toBe("24");
    expect(DEFAULT_CAP.eq(PRODUCTS.suishendai.apr.max)).toBe(true);
  });

  it.each(["quote", "compare"])("%s --cap defaults to the cap constant", (cmd) => {
    expect(option(cmd, "--cap")?.defaultValue).toBe(DEFAULT_CAP.toString());
  });

  it("the --product help is made from PRODUCTS (the published 5,000–50,000 CNY, 7.3–24%, 3–12 terms)", () => {
    expect(describeLimits(PRODUCTS.suishendai)).toBe("5,000–50,000 CNY, 7.3–24%, 3–12 terms");
    expect(option("quote", "--product")?.description).toContain(`suishendai (${describeLimits(PRODUCTS.suishendai)})`);
  });

  it("suishendai repays by equal installments or equal principal; product none by any method", () => {
    expect(METHODS.filter((m) => allowsMethod(PRODUCTS.suishendai, m))).toEqual(["equal-installment", "equal-principal"]);
    expect(METHODS.filter((m) => allowsMethod(PRODUCTS.none, m))).toEqual(METHODS);
  });

  it("no loan is longer than product none's 360 terms", () => {
    expect(PRODUCTS.none.terms.max).toBe(360);
  });
});
