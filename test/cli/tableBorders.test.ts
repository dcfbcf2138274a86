import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

const BOX = /[┌┐└┘─│┬┴┼├┤]/;
const QUOTE = ["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--terms", "3"];
const COMPARE = ["compare", "10000", "--offer", "apr=12", "--start", "2026-01-15"];

describe("table borders", () => {
  it("UTF-8 locale: box-drawing borders, as before", async () => {
    const r = await runCli(QUOTE, { LANG: "en_US.UTF-8" });
    expect(r.stdout).toMatch(BOX);
  });

  it.each([["quote", QUOTE], ["compare", COMPARE]])("LANG=C: %s draws ASCII borders", async (_name, argv) => {
    const r = await runCli(argv, { LANG: "C" });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(BOX);
    expect(r.stdout).toMatch(/\+-+\+/);
  });

  it("--ascii without --chart draws ASCII borders", async () => {
    const r = await runCli([...QUOTE, "--ascii"], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(BOX);
    expect(r.stdout).toMatch(/^\| *Period *\| *Due date/m);
  });

  it("--ascii with --format json is refused, not ignored", async () => {
    expectUsageError(await runCli([...QUOTE, "--ascii", "--format", "json"]), /^error: --ascii: draws the table format only, not json\n$/);
  });
});

describe("English counts", () => {
  it("1 term, 1 installment, 1 day", async () => {
    const r = await runCli(["quote", "100", "--apr", "12", "--terms", "2", "--product", "none", "--lang", "en", "--start", "2026-01-15", "--prepay", "1:50", "--overdue", "1:1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("· 2 terms ·");
    expect(r.stdout).toContain("after 1 installment,");
    expect(r.stdout).toContain("paid 1 day late");
    const one = await runCli(["quote", "100", "--apr", "12", "--terms", "1", "--product", "none", "--lang", "en", "--start", "2026-01-15"]);
    expect(one.stdout).toContain("CNY 100.00 · 1 term ·");
  });
});
