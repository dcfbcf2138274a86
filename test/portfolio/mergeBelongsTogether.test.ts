import { createHash } from "node:crypto";
import { copyFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runFingerprint } from "../../src/app/portfolio/partFile.js";
import { canonicalJson } from "../../src/json/canonicalJson.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { expectUsageError } from "../cli/usageLine.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-together-");
const people = population(90);
const shard = (from: number, to: number, name: string) => write(name, `${people.slice(from, to).join("\n")}\n`);
const partOf = async (input: string, name: string, ...argv: string[]) => write(name, (await runCli(["portfolio", input, "--partial", ...argv])).stdout);
const applicants = (stdout: string) => (JSON.parse(stdout) as { books: { totals: { applicants: number } }[] }).books[0]?.totals.applicants;

describe("merge refuses parts that cover the same applicants", () => {
  it("a copied part (cp a b): exit 2 naming both files; before, its applicants were counted twice with exit 0", async () => {
    const a = await partOf(shard(0, 60, "s1.ndjson"), "a.part.json");
    const b = write("b.part.json", "");
    copyFileSync(a, b);
    expectUsageError(await runCli(["merge", a, b]), new RegExp(`^error: merge: ${b} and ${a} cover the same 60 applicant\\(s\\): a copy of one part, or one shard run twice; give each shard once\\n$`));
  });

  it("the same shard run twice, into two files", async () => {
    const input = shard(0, 30, "twice.ndjson");
    const [x, y] = [await partOf(input, "x.part.json"), await partOf(input, "y.part.json")];
    expectUsageError(await runCli(["merge", x, y]), /cover the same 30 applicant\(s\)/);
  });

  it("the same applicants in another order (a shuffled copy of the shard) are the same applicants", async () => {
    const x = await partOf(shard(0, 30, "order1.ndjson"), "o1.part.json");
    const y = await partOf(write("order2.ndjson", `${people.slice(0, 30).reverse().join("\n")}\n`), "o2.part.json");
    expectUsageError(await runCli(["merge", x, y]), /cover the same 30 applicant\(s\)/);
  });

  it("a whole run given beside its own shards", async () => {
    const whole = await partOf(shard(0, 90, "whole.ndjson"), "whole.part.json");
    const parts = [await partOf(shard(0, 40, "p1.ndjson"), "p1.part.json"), await partOf(shard(40, 90, "p2.ndjson"), "p2.part.json")];
    expectUsageError(await runCli(["merge", ...parts, whole]), new RegExp(`^error: merge: ${whole} covers the same 90 applicant\\(s\\) as the other parts together`));
  });

  it("overlapping shards (0–40 and 30–90, parts of at most 128 applicants: every overlap is seen)", async () => {
    const parts = [await partOf(shard(0, 40, "v1.ndjson"), "v1.part.json"), await partOf(shard(30, 90, "v2.ndjson"), "v2.part.json")];
    expectUsageError(await runCli(["merge", ...parts]), new RegExp(`^error: merge: ${parts[1]} and ${parts[0]} share applicants \\(the same id, or the same profile without one, in both\\): overlapping shards; give each applicant to one shard\n$`));
  });

  it("a shard beside a piece of it, both larger than the sample (1,000 and 300 of them)", async () => {
    const many = population(1000);
    const big = await partOf(write("big.ndjson", `${many.join("\n")}\n`), "big.part.json");
    const piece = await partOf(write("piece.ndjson", `${many.slice(200, 500).join("\n")}\n`), "piece.part.json");
    expectUsageError(await runCli(["merge", big, piece]), /share applicants/);
  });

  it("disjoint shards and distinct empty shards still merge into the whole run's bytes", async () => {
    const whole = await runCli(["portfolio", shard(0, 90, "all.ndjson"), "--format", "json"]);
    const parts = [await partOf(shard(0, 45, "d1.ndjson"), "d1.part.json"), await partOf(shard(45, 90, "d2.ndjson"), "d2.part.json")];
    const empties = [await partOf(write("e1.ndjson", ""), "e1.part.json"), await partOf(write("e2.ndjson", ""), "e2.part.json")];
    const merged = await runCli(["merge", empties[0] as string, ...parts, empties[1] as string, "--format", "json"]);
    expect([merged.code, merged.stderr]).toEqual([0, ""]);
    expect(merged.stdout).toBe(whole.stdout);
    expect(applicants(merged.stdout)).toBe(90);
  });

  it("only empty parts: no book, exit 2 (before: exit 0 and an empty book)", async () => {
    const empties = [await partOf(write("n1.ndjson", ""), "n1.part.json"), await partOf(write("n2.ndjson", ""), "n2.part.json")];
    expectUsageError(await runCli(["merge", ...empties]), /^error: merge: all 2 parts are empty \(no applicants\): there is no book/);
    expectUsageError(await runCli(["merge", empties[0] as string]), /^error: merge: .*n1\.part\.json is empty \(no applicants\): there is no book/);
  });
});

describe("the applicant digest", () => {
  // Worked by hand from its definition: the first 128 bits of SHA-256 of each id as JSON, added mod 2^128.
  const bits = (key: string) => BigInt(`0x${createHash("sha256").update(key).digest("hex").slice(0, 32)}`);
  const digestOf = async (from: number, to: number, name: string) => {
    const text = (await runCli(["portfolio", shard(from, to, `${name}.ndjson`), "--partial"])).stdout;
    return BigInt((JSON.parse(text) as { aggregate: { applicantDigest: string } }).aggregate.applicantDigest);
  };

  it("is the sum of its applicants' hashes mod 2^128, so the whole's digest is the shards' sum", async () => {
    const expected = ["p0", "p1", "p2"].map((id) => bits(JSON.stringify(id))).reduce((a, b) => a + b) % (1n << 128n);
    expect(await digestOf(0, 3, "three")).toBe(expected);
    expect(await digestOf(0, 1, "one")).toBe(bits('"p0"'));
    expect(((await digestOf(0, 2, "h1")) + (await digestOf(2, 3, "h2"))) % (1n << 128n)).toBe(expected);
  });

  it("the sample is the smallest 128 of those hashes, ascending", async () => {
    const ids = people.slice(0, 3).map((line) => (JSON.parse(line) as { id: string }).id);
    const text = (await runCli(["portfolio", shard(0, 3, "sample.ndjson"), "--partial"])).stdout;
    const sample = (JSON.parse(text) as { aggregate: { applicantSample: string[] } }).aggregate.applicantSample.map((h) => BigInt(h));
    expect(sample).toEqual(ids.map((id) => bits(JSON.stringify(id))).sort((a, b) => (a < b ? -1 : 1)));
  });
});

/** A part edited and sealed again: fingerprint and checksum recomputed as anyone could. */
function resealed(text: string, edit: (part: any) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const part = JSON.parse(text);
  edit(part);
  delete part.checksum;
  part.fingerprint = runFingerprint({ setup: part.setup, policies: part.policies, set: part.set });
  part.checksum = createHash("sha256").update(canonicalJson(part)).digest("hex");
  return `${JSON.stringify(part)}\n`;
}

describe("a part edited with its checksum recomputed is refused by the field, exit 2, never a crash", async () => {
  const good = await runCli(["portfolio", shard(0, 60, "sealed.ndjson"), "--partial"]);
  const challenger = await runCli(["portfolio", shard(0, 60, "sealed2.ndjson"), "--partial", "--challenger", "data/default-policy.json"]);
  it.each([
    ["more applicants than were evaluated", (p: any) => void (p.aggregate.applicants = "90"), /aggregate\.books\[0\]\.valid: 60 is not applicants − invalid \(90\)/],
    ["a sum below zero", (p: any) => void (p.aggregate.books[0].runs[0].totals[2] = "-5"), /aggregate\.books\[0\]\.runs\[0\]\.totals\[2\]: must be a whole number ≥ 0 written as a string, got "-5"/],
    ["a count as a number", (p: any) => void (p.aggregate.invalid = 0), /aggregate\.invalid: expected a string, got 0/],
    ["more defaults than loans", (p: any) => void (p.aggregate.books[0].runs[0].totals[1] = "999"), /aggregate\.books\[0\]\.runs\[0\]\.totals\[1\]: defaults 999 is above booked \d+/],
    ["more customers than approved", (p: any) => void (p.aggregate.books[0].runs[0].totals[11] = "61"), /customers 61 is above approved \d+/],
    ["a band the policy does not have", (p: any) => void (p.aggregate.books[0].bands[0][0] = "Z"), /aggregate\.books\[0\]\.bands: band "Z" is not one of the policy's \(A, B, C/],
    ["a band named __proto__", (p: any) => void (p.aggregate.books[0].bands[0][0] = "__proto__"), /band "__proto__" is not one of the policy's/],
    ["a month row too short", (p: any) => void p.aggregate.books[0].months[1].pop(), /aggregate\.books\[0\]\.months\[1\]: must be at least 13 items, got \["\d+"/],
    ["a month's sums that do not add up", (p: any) => void (p.aggregate.books[0].months[1][8] = "1"), /aggregate\.books\[0\]\.months: interestIncome adds up to/],
    ["a band's money that does not add up", (p: any) => void (p.aggregate.books[0].bands[0][1][2] = "7"), /aggregate\.books\[0\]\.bands: bookedAmount adds up to \d+, not the runs' \d+/],
    ["no books", (p: any) => void (p.aggregate.books = []), /aggregate\.books: must be at least 1 item/],
    ["a setup with 0 runs", (p: any) => void (p.setup.runs = 0), /setup\.runs: must be at least 1/],
    ["a setup whose economics are not numbers", (p: any) => void (p.setup.books[0].economics.chargeOffDays = "x"), /setup\.books\[0\]\.economics\.chargeOffDays: expected an integer|expected a number/],
    ["a setup of two runs for sums of one", (p: any) => void (p.setup.runs = 2), /aggregate\.books\[0\]\.runs: 1 runs, but setup\.runs is 2/],
    ["bands as an object (version 2's form)", (p: any) => void (p.aggregate.books[0].bands = { A: ["0", "0", "0", "0", "0", "0", "0", "0", "0", "0"] }), /aggregate\.books\[0\]\.bands: expected an array/],
    ["a key no part has", (p: any) => void (p.aggregate.extra = "1"), /aggregate: unknown key|Unrecognized key/],
    ["an applicant digest of 2^128", (p: any) => void (p.aggregate.applicantDigest = String(1n << 128n)), /aggregate\.applicantDigest: must be below 2\^128, got "340282366920938463463374607431768211456"/],
    ["a month row too long", (p: any) => void p.aggregate.books[0].months[1].push("0"), /aggregate\.books\[0\]\.months\[1\]: must be at most 13 items, got \["\d+"/],
    ["a sample out of order", (p: any) => void p.aggregate.applicantSample.reverse(), /aggregate\.applicantSample: must be in ascending order, each hash once/],
    ["a sample larger than the part", (p: any) => void p.aggregate.applicantSample.push(...Array.from({ length: 70 }, (_, i) => String(i))), /aggregate\.applicantSample: must be at most 128 items|130 hash\(es\) for 60 applicant\(s\)/],
    ["an applicant digest for nobody", (p: any) => void ((p.aggregate.applicants = "0"), (p.aggregate.books[0].valid = "0")), /aggregate\.|applicants/],
  ])("%s", async (_what, edit, message) => {
    const bad = write("edited.part.json", resealed(good.stdout, edit));
    const r = await runCli(["merge", bad]);
    expectUsageError(r, new RegExp(`^error: merge: ${bad}: not a part portfolio could write: `));
    expect(r.stderr).toMatch(message);
  });

  it("a challenger's swap table that does not add up", async () => {
    const bad = write("swap.part.json", resealed(challenger.stdout, (p) => void (p.aggregate.swap[0][3] = "1")));
    expectUsageError(await runCli(["merge", bad]), /aggregate\.swap: championAmount adds up to/);
    const gone = write("noswap.part.json", resealed(challenger.stdout, (p) => void delete p.aggregate.swap));
    expectUsageError(await runCli(["merge", gone]), /aggregate\.swap: is missing for a run with a challenger/);
  });

  it("an unedited part, resealed, is still good (the edits above are what is refused)", async () => {
    const same = write("same.part.json", resealed(good.stdout, () => {}));
    expect((await runCli(["merge", same])).code).toBe(0);
  });
});

describe("a part of another version says what it found", () => {
  it.each([
    ["2", '"2" (a string)'],
    [2, "2"],
    [3, "3"],
    [4, "4"],
    [undefined, "none"],
  ])("version %j", async (version, shown) => {
    const good = await runCli(["portfolio", shard(0, 10, "v.ndjson"), "--partial"]);
    const part = JSON.parse(good.stdout);
    part.version = version;
    const file = write("version.part.json", JSON.stringify(part));
    expectUsageError(await runCli(["merge", file]), new RegExp(`^error: merge: ${file} is a part of version ${shown.replace(/[()]/g, "\\$&")}; this suishendai reads parts of version 5 only`));
  });
});
