import { describe, expect, it } from "vitest";
import { runWithFiles } from "../cli/fileIo.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-ascii-");
const small = write("small.ndjson", `${population(60).join("\n")}\n`);
const ASCII = /^[\n\x20-\x7e]*$/;

describe("portfolio and merge draw plain ASCII as the other commands do", () => {
  it("--ascii: every byte of the English page is ASCII (borders, bars, dashes)", async () => {
    const r = await runCli(["portfolio", small, "--ascii", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ASCII);
    expect(r.stdout).toContain("+--");
  });

  it("a locale that is not UTF-8 (LANG=C LC_ALL=C) draws ASCII without being asked", async () => {
    const r = await runCli(["portfolio", small, "--lang", "en"], { LANG: "C", LC_ALL: "C" });
    expect(r.stdout).toMatch(ASCII);
  });

  it("merge --ascii too", async () => {
    const part = write("p.part.json", (await runCli(["portfolio", small, "--partial"])).stdout);
    const r = await runCli(["merge", part, "--ascii", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ASCII);
  });

  it("--ascii with another format is refused as for quote and compare", async () => {
    expectUsageError(await runCli(["portfolio", small, "--ascii", "--format", "json"]), /^error: --ascii: draws the table format only, not json/);
  });
});

/** Runs the CLI in-process with stdout a terminal `columns` wide. */
async function atWidth(argv: string[], columns: number): Promise<string> {
  const r = await runWithFiles(argv, { stdoutIsTTY: true, columns });
  expect(r.code).toBe(0);
  return r.stdout;
}

describe("portfolio uses the terminal's width", () => {
  it("at 200 columns the month table is one table (month, balances and flows on one row); at 80 it is two", async () => {
    const wide = await atWidth(["portfolio", small, "--lang", "en"], 200);
    const narrow = await atWidth(["portfolio", small, "--lang", "en"], 80);
    const headerRows = (page: string) => page.split("\n").filter((l) => /^│ month /.test(l)).length;
    expect(headerRows(narrow)).toBe(2);
    expect(headerRows(wide)).toBe(1);
  });
});
