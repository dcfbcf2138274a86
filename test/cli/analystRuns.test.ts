import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBin, runCli } from "./runCli.js";
import { withoutJobsNote } from "./jobsNote.js";

// The six example profiles as one NDJSON batch, read here as plain JSON.
const names = ["knockout", "marginal", "not-invited", "prime", "thin-file", "typical"];
const profiles = names.map((n) => JSON.parse(readFileSync(new URL(`../../examples/profiles/${n}.json`, import.meta.url), "utf8")));
const six = profiles.map((p) => JSON.stringify(p)).join("\n");
const lines = (stdout: string) => stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
const summaryOf = async (by: string[]) => {
  const r = await runCli(["simulate", "-", "--summary", "--summary-format", "json", ...by.flatMap((b) => ["--by", b])], {}, false, six);
  expect(r.code).toBe(0);
  return JSON.parse(r.stderr);
};

describe("--keep carries input fields into each offer line", () => {
  it("age and zhimaScore as in the files; a missing field is null", async () => {
    const r = await runCli(["simulate", "-", "--keep", "age,zhimaScore"], {}, false, six);
    expect(lines(r.stdout).map((o) => o.input)).toEqual(profiles.map((p) => ({ age: p.age, zhimaScore: p.zhimaScore ?? null })));
  });
  it("an unknown field is a usage error with a near name", async () => {
    const r = await runCli(["simulate", "-", "--keep", "zhimascor"], {}, false, six);
    expect([r.code, r.stderr]).toEqual([2, 'error: --keep: unknown profile field "zhimascor" (did you mean "zhimaScore"?)\n']);
  });
});

describe("relative --set", () => {
  // typical scores 612 with Zhima 680 (650–700: 0 points) and spend 12,000 (6,000–15,000: 0).
  const score = async (set: string) => JSON.parse((await runCli(["simulate", "examples/profiles/typical.json", "--format", "json", "--set", set])).stdout);
  it("zhimaScore+=20: 700 is in 700–750 (+15): 627, band C (620–640)", async () => {
    expect(await score("zhimaScore+=20")).toMatchObject({ score: 627, band: "C" });
  });
  it("zhimaScore-=100: 580 is in 550–600 (−40): 572, band F (570–585)", async () => {
    expect(await score("zhimaScore-=100")).toMatchObject({ score: 572, band: "F" });
  });
  it("spend12m*=2: 24,000 is in 15,000–40,000 (+12): 624", async () => {
    expect(await score("spend12m*=2")).toMatchObject({ score: 624 });
  });
  it("a record without the field becomes its error line; the batch goes on, exit 1", async () => {
    const r = await runCli(["simulate", "-", "--set", "zhimaScore+=20"], {}, false, six);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)[4]).toEqual({ line: 5, id: "thin-file", error: "--set zhimaScore+=20: zhimaScore is missing in this record" });
  });
  it("a non-number or a non-number field is a usage error", async () => {
    expect((await runCli(["simulate", "-", "--set", "zhimaScore*=x"], {}, false, six)).stderr).toBe('error: --set zhimaScore*=: expected a number, got "x"\n');
    expect((await runCli(["simulate", "-", "--set", "invited+=1"], {}, false, six)).code).toBe(2);
  });
});

// By hand, from the default policy (PD = 1 / (1 + 50 · 2^((score − 600) / 20)), LGD 0.9):
//   knockout KO05 (age 35) · not-invited KO01 (age 33): no score, no band
//   thin-file 470 → DEC01, PD 1/(1 + 50·2^−6.5) = 0.6442 (age 24, Zhima missing)
//   marginal 568, band G, PD 1/(1 + 50·2^−1.6) = 0.0572; spend 0.8 × 4,000 → 3,000 < 5,000: LIM01 (age 28)
//   typical 612, band D, PD 1/(1 + 50·2^0.6) = 0.0130232, limit 19,000: EL 19,000 × PD × 0.9 = 222.70 (age 30)
//   prime 710, band A, PD 1/(1 + 50·2^5.5) = 0.000441747, limit 50,000: EL 19.88 (age 40)
describe("--summary --by", () => {
  it("band: counts, approval rate, mean PD, limit and expected loss per band", async () => {
    const s = await summaryOf(["band"]);
    expect(s.segments).toEqual([
      { by: "band", rows: [
        { segment: "(no band)", records: 3, approved: 0, approvalRate: "0.0000", meanPd: "0.6442", limitTotal: "0.00", expectedLoss: "0.00" },
        { segment: "A", records: 1, approved: 1, approvalRate: "1.0000", meanPd: "0.0004", limitTotal: "50000.00", expectedLoss: "19.88" },
        { segment: "D", records: 1, approved: 1, approvalRate: "1.0000", meanPd: "0.0130", limitTotal: "19000.00", expectedLoss: "222.70" },
        { segment: "G", records: 1, approved: 0, approvalRate: "0.0000", meanPd: "0.0572", limitTotal: "0.00", expectedLoss: "0.00" },
      ] },
    ]);
  });
  it("decision-code and age cut points (repeatable, in the order given)", async () => {
    const s = await summaryOf(["decision-code", "age:26,36"]);
    expect(s.segments[0].rows.map((r: { segment: string; records: number }) => [r.segment, r.records])).toEqual([["(approved)", 2], ["DEC01", 1], ["KO01", 1], ["KO05", 1], ["LIM01", 1]]);
    // 26–<36: marginal, typical, not-invited, knockout; mean PD of the two scored (0.0572 + 0.0130)/2 = 0.0351
    expect(s.segments[1]).toEqual({ by: "age:26,36", rows: [
      { segment: "<26", records: 1, approved: 0, approvalRate: "0.0000", meanPd: "0.6442", limitTotal: "0.00", expectedLoss: "0.00" },
      { segment: "26–<36", records: 4, approved: 1, approvalRate: "0.2500", meanPd: "0.0351", limitTotal: "19000.00", expectedLoss: "222.70" },
      { segment: "≥36", records: 1, approved: 1, approvalRate: "1.0000", meanPd: "0.0004", limitTotal: "50000.00", expectedLoss: "19.88" },
    ] });
  });
  it("zhimaScore:deciles of 640, 680, 700, 720, 780 (one value a fifth): five ranges, and the missing one", async () => {
    const s = await summaryOf(["zhimaScore:deciles"]);
    expect(s.segments[0].rows.map((r: { segment: string; records: number }) => [r.segment, r.records])).toEqual([["<680", 1], ["680–<700", 1], ["700–<720", 1], ["720–<780", 1], ["≥780", 1], ["missing", 1]]);
  });
  it("as text, a table per --by; the same bytes with --jobs 2", async () => {
    const one = await runCli(["simulate", "-", "--summary", "--by", "band", "--lang", "en"], {}, false, six);
    expect(one.stderr).toContain("by band:\n  segment    records  approved  approval  mean PD  total limit  expected loss\n  (no band)        3         0     0.00%   64.42%         0.00           0.00\n");
    // worker threads need the built binary; the six profiles as a file
    const file = join(mkdtempSync(join(tmpdir(), "suishendai-by-")), "six.ndjson");
    writeFileSync(file, six);
    const two = runBin(["simulate", file, "--summary", "--by", "band", "--lang", "en", "--jobs", "2"]);
    expect(withoutJobsNote(two.stderr)).toBe(one.stderr);
  });
  it("a bad --by is a usage error; --by without --summary too", async () => {
    expect((await runCli(["simulate", "-", "--summary", "--by", "bnad"], {}, false, six)).stderr).toMatch(/^error: --by: unknown segment "bnad" \(did you mean "band"\?\)/);
    expect((await runCli(["simulate", "-", "--by", "band"], {}, false, six)).stderr).toBe("error: --by: segments a summary, so it needs --summary\n");
    expect((await runCli(["simulate", "-", "--summary", "--by", "age:30,20"], {}, false, six)).stderr).toBe("error: --by age: cut points must rise, got 30,20\n");
  });
});
