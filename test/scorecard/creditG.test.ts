import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { textWidth } from "../../src/views/textWidth.js";
import { runCli } from "../cli/runCli.js";

// A public data set's shape (OpenML credit-g: quoted header, levels such as '<0' and
// 'no checking', class good/bad), fitted as the README says, with nothing else known.
const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = "test/fixtures/credit-g.csv";

describe("fit on a credit-g-shaped CSV (test/fixtures/credit-g.csv)", () => {
  it("the fixture is what its seeded script writes", () => {
    const made = spawnSync(process.execPath, ["test/fixtures/make-credit-g.mjs"], { cwd: root, encoding: "utf8" });
    expect(made.stdout).toBe(readFileSync(`${root}${fixture}`, "utf8"));
  });

  it("fit --target class --bad bad: every column typed (categories, numbers, age built-in), both classes counted", async () => {
    const r = await runCli(["fit", fixture, "--target", "class", "--bad", "bad", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.classes).toEqual({ goods: 132, bads: 68 });
    expect(report.fields.map((f: { name: string; type: string; source: string }) => `${f.name} ${f.type} ${f.source}`)).toEqual([
      "checking_status category inferred",
      "duration number inferred",
      "credit_history category inferred",
      "purpose category inferred",
      "credit_amount number inferred",
      "savings_status category inferred",
      "employment category inferred",
      "age number built-in",
    ]);
    expect(report.fields.find((f: { name: string }) => f.name === "checking_status").distinct).toBe(4);
    expect(report.policy.name).toBe("credit-g.csv (fitted)");
  });

  it.each([["en"], ["zh"]])("the table (%s) lists the fields and fits 80 columns", async (lang) => {
    const r = await runCli(["fit", fixture, "--target", "class", "--bad", "bad", "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(lang === "en" ? /fields fitted on \(own data\): 8\n/ : /参与拟合的字段（自有数据）：8 个\n/);
    expect(r.stdout).toMatch(lang === "en" ? /│ checking_status +│ category +│ inferred +│ +200 │ +4 │/ : /│ checking_status +│ 类别 +│ 推断 +│ +200 │ +4 │/);
    for (const line of r.stdout.split("\n")) expect(textWidth(line), line).toBeLessThanOrEqual(80);
  });
});
