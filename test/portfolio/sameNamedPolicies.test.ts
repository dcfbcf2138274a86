import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "./population.js";

// A challenger that changes only a setting keeps the champion's name and version: the two
// headers read the same unless each shows its file beside it.
const write = tempWriter("suishendai-same-named-");
const policy = JSON.parse(readFileSync(fileURLToPath(new URL("../../data/default-policy.json", import.meta.url)), "utf8"));
const pop = write("pop.ndjson", population(50).join("\n"));
const odds = write("odds.json", JSON.stringify({ ...policy, scorecard: { ...policy.scorecard, scaling: { ...policy.scorecard.scaling, odds: 500 } } }));
const NAME = `${policy.name} v${policy.version}`;

describe("portfolio --challenger: policies of the same name", () => {
  it("each header shows its file (en and zh), and the JSON too", async () => {
    const en = await runCli(["portfolio", pop, "--challenger", odds, "--lang", "en"]);
    expect(en.stdout).toContain(`Champion: ${NAME} (built-in)\nChallenger: ${NAME} (odds.json)\n`);
    const zh = await runCli(["portfolio", pop, "--challenger", odds, "--lang", "zh"]);
    expect(zh.stdout).toContain(`冠军策略：${NAME} (built-in)\n挑战者策略：${NAME} (odds.json)\n`);
    const json = JSON.parse((await runCli(["portfolio", pop, "--challenger", odds, "--format", "json"])).stdout);
    expect(json.books.map((b: { policy: string }) => b.policy)).toEqual([`${NAME} (built-in)`, `${NAME} (odds.json)`]);
  });

  it("names that differ are shown as they are", async () => {
    const other = write("other.json", JSON.stringify({ ...policy, name: "other" }));
    const en = await runCli(["portfolio", pop, "--challenger", other, "--lang", "en"]);
    expect(en.stdout).toContain(`Champion: ${NAME}\nChallenger: other v${policy.version}\n`);
  });
});
