import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

const QUOTE = ["quote", "10000", "--apr", "12", "--start", "2026-01-15"];

describe("a single-valued option given twice is refused, never half-applied", () => {
  it.each([
    // --prepay and --prepay-on repeat (issue 13); the options that set how they apply do not.
    ["--prepay-mode", [...QUOTE, "--prepay", "4:3000", "--prepay-mode", "reduce-term", "--prepay-mode", "reduce-payment"], /^error: --prepay-mode given twice \(reduce-term, reduce-payment\); give it once\n$/],
    ["--due-day", [...QUOTE, "--due-day", "10", "--due-day", "20"], /^error: --due-day given twice \(10, 20\); give it once\n$/],
    ["--overdue", [...QUOTE, "--overdue", "3:10", "--overdue", "4:5"], /^error: --overdue given twice \(3:10, 4:5\); give it once\n$/],
    ["--apr", ["quote", "10000", "--apr", "12", "--apr", "18"], /^error: --apr given twice \(12, 18\); give it once\n$/],
    ["--format", [...QUOTE, "--format", "json", "--format", "csv"], /^error: --format given twice \(json, csv\); give it once\n$/],
    ["--start of compare", ["compare", "10000", "--offer", "apr=12", "--start", "2026-01-15", "--start", "2026-02-01"], /--start given twice/],
    ["--policy of simulate", ["simulate", "--policy", "a.json", "--policy", "b.json"], /--policy given twice \(a.json, b.json\)/],
  ])("%s", async (_name, argv, message) => {
    expectUsageError(await runCli(argv), message);
  });

  it("the same option once still works, and a repeatable one (--offer) still repeats", async () => {
    expect((await runCli([...QUOTE, "--prepay", "4:3000", "--format", "json"])).code).toBe(0);
    const r = await runCli(["compare", "10000", "--offer", "name=a,apr=12", "--offer", "name=b,apr=18", "--format", "json", "--start", "2026-01-15"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).offers.map((o: { name: string }) => o.name)).toEqual(["a", "b"]);
  });
});

describe("--offers is repeatable: every file is read, in order", () => {
  it("two files give the offers of both, the first file's first", async () => {
    // Whatever presets.json holds (n offers), the same file given twice holds 2n.
    const once = await runCli(["compare", "10000", "--offers", "data/presets.json", "--format", "json", "--start", "2026-01-15"]);
    const twice = await runCli(["compare", "10000", "--offers", "data/presets.json", "--offers", "data/presets.json", "--format", "json", "--start", "2026-01-15"]);
    expect(once.code).toBe(0);
    expect(twice.code).toBe(0);
    expect(JSON.parse(twice.stdout).offers).toHaveLength(2 * JSON.parse(once.stdout).offers.length);
  });

  it("stdin (-) can be read only once", async () => {
    expectUsageError(await runCli(["compare", "10000", "--offers", "-", "--offers", "-"]), /^error: --offers -: stdin can be read once; give - once\n$/);
  });

  it("a missing second file is reported, not skipped", async () => {
    const r = await runCli(["compare", "10000", "--offers", "data/presets.json", "--offers", "no-such-file.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--offers: cannot read no-such-file.json/);
  });
});
