import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const examples = fileURLToPath(new URL("../../examples/profiles/", import.meta.url));

// Texts as data/default-policy.json writes them for LIM01 and DEC01.
describe("simulate: a decline's code comes with its text", () => {
  it.each([
    ["marginal.json", "en", "LIM01 Credit limit too small"],
    ["marginal.json", "zh", "LIM01 可授信额度不足"],
    ["thin-file.json", "en", "DEC01 Overall score below cutoff"],
    ["thin-file.json", "zh", "DEC01 综合评分不足"],
  ])("%s in the table view (--lang %s) lists %s among the reasons", async (file, lang, line) => {
    const r = await runCli(["simulate", join(examples, file), "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toContain(`  ${line}`);
  });

  it("the JSON's reasons start with the code and its text, as a knock-out's do", async () => {
    const r = await runCli(["simulate", join(examples, "marginal.json"), "--format", "json", "--lang", "en"]);
    const o = JSON.parse(r.stdout);
    expect(o.reasons[0]).toEqual({ code: "LIM01", text: "Credit limit too small" });
    expect(o.reasons[1]).toMatchObject({ code: "R07", pointsLost: 30 });
  });
});
