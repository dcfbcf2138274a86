import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { runWithFiles } from "./fileIo.js";
import { runCli } from "./runCli.js";

// A Latin-1 "é" (the byte E9) in an id: decoded leniently it became U+FFFD and the id silently changed.
const dir = mkdtempSync(join(tmpdir(), "suishendai-utf8-"));
const file = (name: string, lines: readonly Uint8Array[]) => {
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")])));
  return path;
};
/** A record's JSON with the byte E9 put into its id, after `Jos`. */
const withLatin1 = (record: Record<string, unknown>) => Buffer.from(JSON.stringify({ ...record, id: "Jos#" })).map((b) => (b === 0x23 ? 0xe9 : b));
const MESSAGE = "not UTF-8: bytes here are not UTF-8 text, so the record is left out rather than read with changed characters (convert the file to UTF-8, e.g. iconv -f GB18030 -t UTF-8)";

const typical = JSON.parse(readFileSync("examples/profiles/typical.json", "utf8")) as Record<string, unknown>;
const drawn = labelledProfiles(400, 3) as Record<string, unknown>[];
const plain = (r: Record<string, unknown>) => Buffer.from(JSON.stringify(r));

describe("a line holding bytes that are not UTF-8 is an error record naming its line; the others are read", () => {
  it("simulate: its error record in place, a real U+FFFD kept as text, exit 1", async () => {
    const profiles = [{ ...typical, id: "a", invited: false }, { ...typical, id: "b", invited: false }, { ...typical, id: "c \uFFFD", invited: false }];
    const path = file("profiles.ndjson", [plain(profiles[0] as Record<string, unknown>), withLatin1(profiles[1] as Record<string, unknown>), plain(profiles[2] as Record<string, unknown>)]);
    const r = await runWithFiles(["simulate", path, "--lang", "en"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.decision ?? l.error])).toEqual([["a", "not_invited"], [null, MESSAGE], ["c \uFFFD", "not_invited"]]);
    expect(lines[1].line).toBe(2);
  });

  it("simulate: a profile split between stdin chunks inside a character is read whole", async () => {
    const bytes = Buffer.from(`${JSON.stringify({ ...typical, id: "随身贷" })}\n`);
    const at = bytes.indexOf("随身贷");
    for (const cut of [at + 1, at + 2, at + 4, at + 8]) {
      const r = await runCli(["simulate", "-", "--format", "json"], {}, false, () => (async function* () { yield bytes.subarray(0, cut); yield bytes.subarray(cut); })());
      expect(JSON.parse(r.stdout).id).toBe("随身贷");
    }
  });

  it("portfolio: the line is counted invalid and named; the others are booked", async () => {
    const population = drawn.slice(0, 20).map(({ defaulted: _, ...p }) => p);
    const path = file("population.ndjson", population.map((p, i) => (i === 3 ? withLatin1(p) : plain(p))));
    const r = await runWithFiles(["portfolio", path, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`line 4: ${MESSAGE}`);
    expect(JSON.parse(r.stdout).invalid).toBe(1);
  });

  it("fit: a labelled line and an --outcomes line are left out by line, the fit goes on, exit 1", async () => {
    const labelled = file("labelled.ndjson", drawn.map((p, i) => (i === 4 ? withLatin1(p) : plain(p))));
    const own = await runWithFiles(["fit", labelled, "--format", "json"]);
    expect(own.code).toBe(1);
    expect(own.stderr).toContain(`error: ${labelled} line 5: ${MESSAGE}\n`);
    expect(JSON.parse(own.stdout).records).toEqual({ used: 399, invalid: 1 });
    const profiles = file("unlabelled.ndjson", drawn.map(({ defaulted: _, ...p }) => plain(p)));
    const outcomes = file("outcomes.ndjson", drawn.map((p, i) => (i === 7 ? withLatin1({ defaulted: p.defaulted }) : plain({ id: p.id, defaulted: p.defaulted }))));
    const joined = await runWithFiles(["fit", profiles, "--outcomes", outcomes, "--format", "json"]);
    expect(joined.code).toBe(1);
    expect(joined.stderr).toContain(`error: ${outcomes} line 8: ${MESSAGE}\n`);
  });
});
