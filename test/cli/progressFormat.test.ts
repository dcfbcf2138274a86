import { describe, expect, it } from "vitest";
import { progressFormat } from "../../src/cli/simulate/progress.js";

// The bar's separator is a middle dot only where the terminal is UTF-8; under
// LANG=C (or --ascii) a "·" prints as mojibake, so it is plain ASCII there.
describe("the progress bar's text", () => {
  it.each([
    ["simulate", {}, false, "simulate {value} profiles · {speed}/s"],
    ["portfolio", { LANG: "zh_CN.UTF-8" }, false, "portfolio {value} profiles · {speed}/s"],
    ["portfolio", { LANG: "C" }, false, "portfolio {value} profiles - {speed}/s"],
    ["simulate", { LC_ALL: "POSIX" }, false, "simulate {value} profiles - {speed}/s"],
    ["portfolio", { LANG: "en_US.UTF-8" }, true, "portfolio {value} profiles - {speed}/s"],
  ])("%s with %j, --ascii %s", (command, env, ascii, expected) => {
    const text = progressFormat(command, ascii, env);
    expect(text).toBe(expected);
    if (expected.includes(" - ")) expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
  });
});
