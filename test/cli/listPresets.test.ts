import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

// compare --list-presets used to print the same English list whatever --format, --lang or
// other options said. Now: --format json is the presets as presets.json writes them, --lang
// picks the list's words, and options that price offers are refused in one line.
const file = JSON.parse(readFileSync(new URL("../../data/presets.json", import.meta.url), "utf8")) as { offers: Record<string, unknown>[] };

describe("compare --list-presets honours its options", () => {
  it("--format json (and --json) prints an array of the presets with their fields", async () => {
    for (const args of [["--format", "json"], ["--json"]]) {
      const r = await runCli(["compare", "--list-presets", ...args]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const list = JSON.parse(r.stdout) as Record<string, unknown>[];
      expect(list).toEqual(file.offers);
      expect(list[0]).toMatchObject({ id: "suishendai-floor", apr: 7.3, terms: 12, method: "equal-installment", asOf: "2026-11-25" });
    }
  });

  it("--lang zh and --lang en word the list", async () => {
    const zh = await runCli(["compare", "--list-presets", "--lang", "zh"]);
    expect(zh.stdout).toContain("jiebei  借呗\n  daily-rate 0.04%, year-basis 360, interest daily; 12 期; equal-installment\n  来源: 支付宝借呗");
    expect(zh.stdout).toContain("(截至 2026-11-25)");
    const en = await runCli(["compare", "--list-presets", "--lang", "en"]);
    expect(en.stdout).toContain("jiebei  借呗\n  daily-rate 0.04%, year-basis 360, interest daily; 12 terms; equal-installment\n  source: 支付宝借呗");
    expect(en.stdout).toContain("(as of 2026-11-25)");
  });

  it.each([
    [["10000"], "leave out the amount (10000)"],
    [["--preset", "jiebei"], "leave out --preset"],
    [["--offer", "apr=12"], "leave out --offer"],
    [["--offers", "x.json"], "leave out --offers"],
    [["--terms", "3,6"], "leave out --terms"],
    [["--sort", "cost"], "leave out --sort"],
    [["--start", "2026-01-15"], "leave out --start"],
    [["--cap", "24"], "leave out --cap"],
    [["--chart"], "leave out --chart"],
    [["--layout", "vertical"], "leave out --layout"],
  ])("%j with --list-presets is refused in one line", async (args, words) => {
    const r = await runCli(["compare", "--list-presets", ...args]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: --list-presets: lists the bundled presets and prices nothing; ${words}\n`]);
  });

  it("--format csv and a bad --lang are refused naming the option", async () => {
    const csv = await runCli(["compare", "--list-presets", "--format", "csv"]);
    expect([csv.code, csv.stdout, csv.stderr]).toEqual([2, "", "error: --format csv: --list-presets prints table or json\n"]);
    const lang = await runCli(["compare", "--list-presets", "--lang", "fr"]);
    expect([lang.code, lang.stdout]).toEqual([2, ""]);
    expect(lang.stderr).toMatch(/^error: --lang: .*\n$/);
  });
});
