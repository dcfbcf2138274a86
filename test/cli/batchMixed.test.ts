import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS } from "../../src/app/batch/recordLimit.js";
import { runs } from "../runs.js";
import { runBin } from "./runCli.js";
import { withoutJobsNote } from "./jobsNote.js";

const good = (id: number) => `{"id":${id},"invited":true,"age":30,"monthlyIncome":10000,"zhimaScore":700,"spend12m":20000,"accountAgeMonths":40,"orders12m":100}`;
const base = (id: number) => good(id).slice(0, -1);

/** Every hostile kind of record, by line number; each is one line of NDJSON. */
const KINDS: ((id: number) => string)[] = [
  (id) => `${base(id)},"age":${"[".repeat(5000)}${"]".repeat(5000)}}`, // deep nesting
  (id) => `${base(id)},"orders12m":[${Array(100_000).fill(0).join(",")}]}`, // a huge array in a field
  (id) => `\ufeff${good(id)}`, // a BOM in the middle (cat a.ndjson b.ndjson)
  (id) => `${base(id)},"note":"tab\there"}`, // a raw control character in a string
  (id) => `${base(id)},"note":"\u0000"}`,
  (id) => `${base(id)},"request":{"amount":0.001,"terms":6}}`, // an amount the engine rejects
  (id) => `{"id":${id},"invited":true,"age":`, // broken JSON
  (id) => `${base(id)},"zhimascore":800}`, // an unknown field
  (id) => `${base(id)},"monthlyIncome":1e309}`, // a number JSON cannot keep
  (id) => `[${id}]`, // not an object
];

describe("a large batch with bad records of every kind", () => {
  const dir = mkdtempSync(join(tmpdir(), "suishendai-mixed-"));
  const rows: string[] = [];
  // `npm test`: 2,000 lines, eight worker tasks of 250, each kind on eight or nine lines;
  // `npm run test:slow`: 20,000 lines, each kind on about twenty.
  const LINES = runs(2_000, 20_000);
  const EVERY = runs(23, 97);
  for (let line = 1; line <= LINES; line++) {
    const kind = line % EVERY === 0 ? KINDS[(line / EVERY) % KINDS.length] : undefined;
    rows.push(kind ? kind(line) : good(line));
  }
  // One line longer than the record limit, near the end.
  rows[LINES - 10] = `${base(LINES - 9)},"note":"${"x".repeat(MAX_RECORD_CHARS)}"}`;
  const file = join(dir, "mixed.ndjson");
  writeFileSync(file, `${rows.join("\n")}\n`);

  it("one output line per input line, in order, the same bytes for --jobs 1, 2 and 4, exit 1 (the built binary)", () => {
    const one = runBin(["simulate", file, "--jobs", "1", "--start", "2026-01-15"]);
    expect(one.code).toBe(1);
    const out = one.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { line?: number; id: number | null; error?: string });
    expect(out).toHaveLength(LINES);
    // an offer's id is its line number; an error record says its line
    for (const [i, o] of out.entries()) expect(o.error === undefined ? o.id : o.line).toBe(i + 1);
    expect(out[LINES - 10]).toEqual({ line: LINES - 9, id: null, error: "record longer than 64 MiB" });
    for (const jobs of ["2", "4"]) {
      const many = runBin(["simulate", file, "--jobs", jobs, "--start", "2026-01-15"]);
      expect([many.code, withoutJobsNote(many.stderr), many.stdout === one.stdout]).toEqual([1, one.stderr, true]);
    }
    expect(one.stderr).toMatch(/^warning: unknown field "zhimascore" in \d+ record\(s\), ignored; did you mean "zhimaScore"\?\n.*error: \d+ invalid record\(s\)/s);
  });
});
