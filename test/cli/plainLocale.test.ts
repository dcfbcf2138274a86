import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const BOX = /[┌┐└┘│─┼├┤┬┴]/;

describe("a locale that is not UTF-8 gets English and ASCII", () => {
  it.each([
    ["quote", ["quote", "10000", "--apr", "12", "--terms", "3", "--start", "2026-01-15"], "Loan of CNY 10,000.00"],
    ["simulate", ["simulate", "examples/profiles/typical.json"], "Profile typical: approved"],
  ])("%s under LANG=C", async (_name, argv, english) => {
    const r = await runCli(argv, { LANG: "C" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(english);
    expect(r.stdout).not.toMatch(BOX);
    expect(r.stdout).toMatch(/^\+-+\+/m);
  });

  it.each([
    [{}, "zh"],
    [{ LANG: "zh_CN.UTF-8" }, "zh"],
    [{ LANG: "C.UTF-8" }, "zh"],
    [{ LANG: "POSIX" }, "en"],
    [{ LC_ALL: "en_US.ISO-8859-1" }, "en"],
  ])("locale %o speaks %s", async (env, lang) => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--terms", "3", "--start", "2026-01-15"], env as Record<string, string>);
    expect(r.stdout.startsWith(lang === "en" ? "Loan of" : "借款")).toBe(true);
  });
});

describe("compare --chart marks a cost above the cap, as its legend says", () => {
  // a: 20% plus 1% of the amount every month is far above 24%; b: 10% is not.
  const argv = ["compare", "10000", "--offer", "name=a,apr=20,monthly-fee=1%", "--offer", "name=b,apr=10", "--lang", "en", "--chart", "--start", "2026-01-15"];
  it.each([
    ["on a UTF-8 terminal", [], "⚠"],
    ["with --ascii", ["--ascii"], "!"],
  ])("%s", async (_name, extra, mark) => {
    const r = await runCli([...argv, ...extra]);
    const lines = r.stdout.split("\n");
    expect(lines.find((l) => l.startsWith("a "))).toContain(`(${mark} `);
    expect(lines.find((l) => l.startsWith("b "))).not.toContain(mark);
    expect(lines.at(-2)).toContain(`${mark} marks a cost above the 24.00% cap`);
  });
});
