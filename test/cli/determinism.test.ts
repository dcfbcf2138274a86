import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin } from "./runCli.js";

// The example population's first 300 profiles: every kind of answer, a tenth of the time.
const population = join(mkdtempSync(join(tmpdir(), "suishendai-determinism-")), "population.ndjson");
writeFileSync(population, `${readFileSync("examples/profiles/population.ndjson", "utf8").split("\n").slice(0, 300).join("\n")}\n`);

// Same input and options → the same bytes, whatever the machine's locale, time
// zone or terminal settings. (LANG only picks the default --lang; it is given here.)
const envs: Record<string, string>[] = [
  { TZ: "UTC", LC_ALL: "C", LANG: "C" },
  { TZ: "Asia/Shanghai", LC_ALL: "zh_CN.UTF-8", LANG: "zh_CN.UTF-8" },
  { TZ: "America/Santiago", LC_ALL: "de_DE.UTF-8", LANG: "de_DE.UTF-8", TERM: "dumb" },
  { TZ: "Pacific/Kiritimati", LANG: "en_US.UTF-8", COLUMNS: "40", NO_COLOR: "1" },
];

const cases: [string, string[]][] = [
  ["quote json", ["quote", "12345.67", "--daily-rate", "0.03", "--interest", "daily", "--terms", "12", "--start", "2026-01-31", "--prepay-on", "2026-06-10:2000", "--format", "json", "--lang", "en"]],
  ["quote csv", ["quote", "10000", "--method", "flat-fee", "--total-fee-rate", "4.5", "--terms", "6", "--product", "none", "--start", "2026-03-31", "--format", "csv"]],
  ["quote table", ["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--lang", "zh"]],
  ["compare json", ["compare", "10000", "--offers", "data/presets.json", "--start", "2026-01-15", "--format", "json"]],
  ["simulate ndjson", ["simulate", population, "--lang", "en", "--start", "2026-01-15"]],
];

describe("determinism", () => {
  it.each(cases)("%s is byte-identical across locales, time zones and terminals", (name, argv) => {
    // A table's borders follow the charset: box drawing in UTF-8, ASCII under LC_ALL=C.
    const inAscii = (env: Record<string, string>, text: string) =>
      name.endsWith("table") && env.LC_ALL === "C" ? text : text.replace(/[┌┬┐└┴┘]/g, "+").replace(/─/g, "-").replace(/│/g, "|");
    const outputs = envs.map((env) => inAscii(env, runBin(argv, env).stdout));
    for (const r of outputs) expect(r).toBe(outputs[0]);
    expect(outputs[0]!.length).toBeGreaterThan(0);
  });
});
