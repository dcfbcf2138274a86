import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// A team's CSV names its id column ID: fit and validate read it by default (--id), and so do
// simulate, portfolio and validate's --baseline — the offer keeps the id, no "unknown field" warning.
const write = tempWriter("suishendai-id-case-");
const profiles = write("upper.csv", "ID,invited,age,monthlyIncome,spend12m,zhimaScore\nA1,true,30,12000,30000,720\nA2,true,41,9000,20000,690\n");

describe("an id column named ID", () => {
  it("simulate keeps it as each offer's id, and does not warn of it", async () => {
    const r = await runCli(["simulate", profiles, "--start", "2026-01-15", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["A1", "A2"]);
  });

  it("a record with both id and ID keeps id (ID is then an unknown field)", async () => {
    const both = write("both.csv", "id,ID,invited,age,monthlyIncome\n7,A1,true,30,8000\n");
    const r = await runCli(["simulate", both, "--start", "2026-01-15", "--format", "json"]);
    expect(JSON.parse(r.stdout).id).toBe(7);
    expect(r.stderr).toContain('unknown field "ID"');
  });

  it("validate's --baseline reads it too: no warning of ID", async () => {
    const labelled = write("labelled.csv", "ID,invited,age,monthlyIncome,zhimaScore,defaulted\nB1,true,30,8000,700,0\nB2,true,30,8000,560,1\nB3,true,45,6000,650,0\n");
    const r = await runCli(["validate", labelled, "--baseline", profiles, "--format", "json"]);
    expect(r.stderr).not.toContain('"ID"');
  });
});
