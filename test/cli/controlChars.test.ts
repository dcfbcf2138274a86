import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printable } from "../../src/views/printable.js";
import { runCli } from "./runCli.js";

const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const ESC = "\u001b";
const RED = `${ESC}[31mRED`;
const dir = mkdtempSync(join(tmpdir(), "suishendai-ctl-"));
/** No control character at all: what a colourless view must print whatever the data. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("printable", () => {
  it.each([
    [RED, "\\u001b[31mRED"],
    ["two\nlines\r\tand a bell\u0007", "two\\nlines\\r\\tand a bell\\u0007"],
    ["\u009b2J (one-byte CSI) and DEL\u007f", "\\u009b2J (one-byte CSI) and DEL\\u007f"],
    ["\u202eevil", "\\u202eevil"],
    ["随身贷 · 年化 7.30% — ok", "随身贷 · 年化 7.30% — ok"],
  ])("%j → %j", (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe("no escape sequence from data reaches the terminal", () => {
  it("a profile id in the simulate table is shown escaped; JSON keeps it as data", async () => {
    const profile = JSON.stringify({ ...typical, id: `${RED}\nnext` });
    const table = await runCli(["simulate", "-", "--lang", "en"], {}, false, profile);
    expect(table.stdout).toContain("Profile \\u001b[31mRED\\nnext: approved");
    expect(table.stdout).not.toMatch(CONTROL);
    const coloured = await runCli(["simulate", "-", "--lang", "en"], { FORCE_COLOR: "1" }, false, profile);
    expect(coloured.stdout).not.toContain(RED);
    expect(coloured.stdout).toContain("\\u001b[31mRED");
    const json = await runCli(["simulate", "-", "--format", "json"], {}, false, profile);
    expect(JSON.parse(json.stdout).id).toBe(`${RED}\nnext`);
  });

  it("policy texts, codes and band names in the simulate table and the summary are shown escaped", async () => {
    const policy = JSON.parse((await runCli(["policy"])).stdout);
    policy.bands[3].band = `D${ESC}[2J`; // typical lands in band D
    // A reason's text is now built from the value and the bins (issue 12); its code is still the policy's.
    policy.scorecard.characteristics[0].reason.code = `R01${ESC}]0;title\u0007`;
    policy.request.REQ02.en = `not\roffered`;
    policy.knockouts[0].code = `KO${ESC}[5m01`;
    const file = join(dir, "policy.json");
    writeFileSync(file, JSON.stringify(policy));
    const approved = await runCli(["simulate", "-", "--policy", file, "--lang", "en", "--explain"], {}, false, JSON.stringify({ ...typical, request: { amount: 5000, terms: 24 } }));
    expect(approved.code).toBe(0);
    expect(approved.stdout).not.toMatch(CONTROL);
    for (const shown of ["Band D\\u001b[2J", "R01\\u001b]0;title\\u0007 Zhima score 680: ≥ 750 scores 28 more (−28)", "REQ02 not\\roffered"]) expect(approved.stdout).toContain(shown);
    const batch = [typical, { ...typical, id: 2, invited: false }].map((p) => JSON.stringify(p)).join("\n");
    const summary = await runCli(["simulate", "-", "--policy", file, "--lang", "en", "--summary", "--by", "band"], {}, false, batch);
    expect(summary.stderr).toContain("by code: KO\\u001b[5m01 1");
    expect(summary.stderr).toContain("  D\\u001b[2J  ");
    expect(summary.stderr).not.toMatch(CONTROL);
    const knockedOut = await runCli(["simulate", "-", "--policy", file, "--lang", "en"], {}, false, JSON.stringify({ ...typical, invited: false }));
    expect(knockedOut.stdout).toContain("(Decision code KO\\u001b[5m01)");
    expect(knockedOut.stdout).not.toMatch(CONTROL);
  });

  it("offer names in the compare table and chart are shown escaped", async () => {
    const offers = ["--offer", `name=${RED},apr=7.3,terms=12`, "--offer", "name=card\u009b2J,method=flat-fee,fee-rate=0.6,terms=12"];
    const table = await runCli(["compare", "10000", ...offers, "--lang", "en"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("\\u001b[31mRED");
    expect(table.stdout).toContain("card\\u009b2J");
    expect(table.stdout).not.toMatch(CONTROL);
    const chart = await runCli(["compare", "10000", ...offers, "--lang", "en", "--chart"]);
    expect(chart.code).toBe(0);
    expect(chart.stdout).toContain("\\u001b[31mRED");
    expect(chart.stdout).not.toMatch(CONTROL);
  });
});

describe("error lines on stderr show data escaped too", () => {
  it.each([
    // Said to be JSON: text that opens with neither { nor [ is otherwise read as CSV.
    ["a broken single profile", ["simulate", "-", "--input-format", "json"], `${RED}`],
    ["a compare offer with an unknown key", ["compare", "10000", "--offer", `name=${RED},apr=7.3,terms=12,bogus=1`], ""],
  ])("%s", async (_name, argv, stdin) => {
    const r = await runCli(argv, {}, false, stdin);
    expect(r.code).toBe(2);
    // The JSON error quotes only the offending character; the offer name quotes all of it.
    expect(r.stderr).toContain(stdin === "" ? "\\u001b[31mRED" : "\\u001b");
    expect(r.stderr.trimEnd()).not.toMatch(CONTROL);
  });
});
