import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { ownRecords } from "../../examples/generate-own.mjs";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// pandas writes its row index as a first column without a name (Give Me Some Credit's
// cs-training.csv has one): fit reads it as the key "" and leaves it out, saying so.
const write = tempWriter("suishendai-nameless-");
const rows = (ownRecords(600, 5) as Record<string, unknown>[]).map((r, i) => ({ index: i, queries6m: r.queries6m, utilisation: r.utilisation, bad: r.bad }));
const csv = write("indexed.csv", `,queries6m,utilisation,bad\n${rows.map((r) => `${r.index},${r.queries6m},${r.utilisation},${r.bad}`).join("\n")}\n`);

describe("a CSV column without a name", () => {
  it("is left out of fit with a warning naming it so, in en and zh", async () => {
    const en = await runCli(["fit", csv, "--target", "bad", "--bad", "yes", "--format", "json"]);
    expect(en.code).toBe(0);
    const report = JSON.parse(en.stdout);
    expect(report.fields.map((f: { name: string }) => f.name)).toEqual(["queries6m", "utilisation"]);
    expect(report.warnings.find((w: { kind: string }) => w.kind === "fieldLeftOut")).toMatchObject({ field: "", reason: "badName", text: "a column without a name: left out, it has no name (as the row index pandas writes)" });
    const zh = await runCli(["fit", csv, "--target", "bad", "--bad", "yes", "--lang", "zh"]);
    expect(zh.stdout).toContain("无列名的列：未纳入，列没有名称（如 pandas 写出的行索引）");
  });

  it("is an unknown field to simulate, warned of without a suggestion", async () => {
    const r = await runCli(["simulate", csv, "--start", "2026-01-15"]);
    expect(r.stderr).toContain('warning: unknown field "" in 600 record(s), ignored\n');
  });
});
