import { createReadStream, existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { IoError, OutputClosed } from "../../src/app/errors.js";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { drawnWidth } from "../../src/views/layout.js";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { tempWriter } from "./tempFiles.js";

// What a new user met in fit and validate: Ctrl-C after reading, a failed
// report with --out, non-ASCII under LANG=C, stdin read twice, outcomes
// files with null ids and bad lines, notes wider than 80 columns.

const write = tempWriter("suishendai-fit-new-user-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const rows = labelledProfiles(400, 3) as { id: string; defaulted: number }[];
const text = ndjson(rows);
const input = write("in.ndjson", text);
const outcomesOf = (list: readonly { id: unknown; defaulted: number }[]) => list.map((p) => ({ id: p.id, defaulted: p.defaulted }));
const EN = { LANG: "en_US.UTF-8" };

interface Setup {
  env?: Record<string, string>;
  /** interrupted() is true from its k-th call on (Ctrl-C at that point). */
  interruptAt?: number;
  writeOut?: (t: string) => Promise<void>;
  stdin?: string;
  stdinIsTTY?: boolean;
  columns?: number;
}

async function fit(argv: readonly string[], s: Setup = {}) {
  let stdout = "";
  let stderr = "";
  let calls = 0;
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    writeOut: s.writeOut ?? (async (t) => void (stdout += t)),
    stderr: (t) => void (stderr += t),
    env: s.env ?? EN,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: s.stdinIsTTY ?? false,
    ...(s.columns ? { columns: s.columns } : {}),
    cpus: 1,
    today: () => "2026-01-15",
    readText: (path) => (path === "-" ? Promise.resolve(s.stdin ?? "") : readFile(path, "utf8")),
    interrupted: () => s.interruptAt !== undefined && ++calls >= s.interruptAt,
    openInput: async (path) => ({ chunks: path === "-" ? (async function* () { yield s.stdin ?? ""; })() : createReadStream(path) }),
  };
  const code = await run([...argv], io);
  return { code, stdout, stderr, calls };
}

describe("1. Ctrl-C once the input is read: exit 130, nothing written", () => {
  // The input is one chunk on stdin, one read batch: reading looks at Ctrl-C once (look 1); every later look is after reading.
  it.each([2, 3])("fit, Ctrl-C seen at look %i: exit 130, no report, --out left as it was", async (k) => {
    const out = write(`out${k}.json`, "old\n");
    const r = await fit(["fit", "-", "--out", out], { interruptAt: k, stdin: text });
    expect([r.code, r.stdout, r.stderr]).toEqual([130, "", "interrupted; nothing written\n"]);
    expect(readFileSync(out, "utf8")).toBe("old\n");
  });
  it("validate, Ctrl-C after reading: exit 130, nothing on stdout", async () => {
    const r = await fit(["validate", "-"], { interruptAt: 2, stdin: text });
    expect([r.code, r.stdout, r.stderr]).toEqual([130, "", "interrupted; nothing written\n"]);
  });
});

describe("2. --out only after the report is written", () => {
  it("stdout full: exit 1, --out not written", async () => {
    const out = `${input}.never.json`;
    const r = await fit(["fit", input, "--out", out], { writeOut: async () => { throw new IoError("output: cannot write to stdout: no space left on device"); } });
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
  it("--out /dev/full: the reason in words", async () => {
    const r = await fit(["fit", input, "--out", "/dev/full"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: --out: cannot write /dev/full: no space left on device\n");
  });
});

describe("3. ASCII under LANG=C and with --ascii", () => {
  const ascii = /^[\x00-\x7f]*$/;
  const baseline = write("baseline.ndjson", ndjson(labelledProfiles(300, 9)));
  it.each([
    ["fit LANG=C", ["fit", input, "--lang", "en"], { LANG: "C" }],
    ["fit --ascii", ["fit", input, "--ascii"], EN],
    ["fit --ascii zh", ["fit", input, "--ascii", "--lang", "zh"], EN],
    ["validate LANG=C", ["validate", input, "--baseline", baseline, "--lang", "en"], { LANG: "C" }],
    ["validate --ascii", ["validate", input, "--baseline", baseline, "--ascii"], EN],
  ] as const)("%s: no character beyond ASCII but the Chinese words", async (_n, argv, env) => {
    const r = await fit(argv, { env });
    expect(r.code).toBe(0);
    // The zh view keeps its words (CJK); its dashes, dots and signs are ASCII.
    expect(r.stdout.replace(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/gu, "")).toMatch(ascii);
  });
});

describe("4. stdin read twice is refused", () => {
  it.each([
    ["validate", "--policy"],
    ["fit", "--policy"],
    ["fit", "--outcomes"],
    ["validate", "--outcomes"],
  ])("%s - %s -: exit 2, one line", async (command, option) => {
    const r = await fit([command, "-", option, "-"], { stdin: text });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: ${option} -: the input already reads stdin; give the ${option === "--policy" ? "policy" : "outcomes"} as a file\n`]);
  });
});

describe("5. outcomes files: null ids, bad lines, outcomes without a profile", () => {
  it("a null id is skipped with a note; a bad line is named and skipped (exit 1 after the report); unmatched outcomes counted", async () => {
    const lines = outcomesOf(rows).map((o) => JSON.stringify(o));
    // line 2 a null id, line 4 not JSON, and one outcome for an id no profile has.
    lines.splice(1, 0, '{"id":null,"defaulted":0}');
    lines.splice(3, 0, "{broken");
    lines.push('{"id":"NOBODY","defaulted":1}');
    const outcomes = write("outcomes-mixed.ndjson", `${lines.join("\n")}\n`);
    const r0 = await fit(["fit", input, "--outcomes", outcomes]);
    // The notes wrap at 80 columns: read them as one line each.
    const r = { ...r0, stderr: r0.stderr.replace(/\n  /g, " ") };
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fit: 400 records");
    expect(r.stderr).toContain("id is null: outcomes without an id cannot be joined");
    expect(r.stderr).toMatch(/1 outcome\(s\) .* without an id/);
    expect(r.stderr).toContain(`error: ${outcomes} line 4:`);
    expect(r.stderr).toMatch(/note: 1 outcome\(s\) of .* have no profile/);
    expect(r.stderr).toMatch(/error: 1 record\(s\) of .*outcomes-mixed.ndjson left out/);
  });
});

describe("6. notes and the keyboard prompt fit 80 columns; zh notes in Chinese", () => {
  const some = outcomesOf(rows.slice(0, 300));
  const outcomes = write("outcomes-some.ndjson", ndjson(some));
  const widest = (s: string) => Math.max(...s.split("\n").map((line) => drawnWidth(line)));
  it("the no-outcome note and the save hint: ≤ 80 columns", async () => {
    const name = write("population.ndjson", text);
    const r = await fit(["fit", name, "--outcomes", outcomes]);
    expect(r.stderr).toContain("no outcome");
    expect(widest(r.stderr)).toBeLessThanOrEqual(80);
  });
  it("the keyboard prompt of fit - is wrapped by words to 80 columns", async () => {
    const r = await fit(["fit", "-"], { stdin: text, stdinIsTTY: true });
    const prompt = r.stderr.split("Ctrl-C stops")[0] as string;
    expect(prompt).toContain("keyboard");
    expect(widest(prompt)).toBeLessThanOrEqual(80);
    expect(prompt).not.toMatch(/Ctrl-D ends th$/m);
  });
  it("--lang zh: the no-outcome note and the outcome-field warning in Chinese", async () => {
    const r = await fit(["fit", input, "--outcomes", outcomes, "--lang", "zh"]);
    expect(r.stderr).not.toMatch(/have no outcome|have a field/);
    expect(r.stderr).toMatch(/100 条/);
  });
});

describe("7. the table note only after a whole report", () => {
  it("the reader gone: no note", async () => {
    const r = await fit(["fit", input], { writeOut: async () => { throw new OutputClosed(); } });
    expect([r.code, r.stderr]).toEqual([0, ""]);
  });
});
