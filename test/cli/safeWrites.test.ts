import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { population } from "../portfolio/population.js";
import { runWithFiles } from "./fileIo.js";
import { BIN, binEnv } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// The files fit and portfolio are asked to write, through the built binary:
// a write cut short keeps the old file, the mode stays, an input redirected
// to stdin is still an input, and a reader of stdout that left does not
// cost the files.

const root = fileURLToPath(new URL("../..", import.meta.url));
const write = tempWriter("suishendai-safe-writes-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const LABELLED = write("lab.ndjson", ndjson(labelledProfiles(400, 3)));
const POPULATION = write("pop.ndjson", `${population(300).join("\n")}\n`);
const dir = dirname(LABELLED);
const env = binEnv();

/** The bin with stdin from `stdin` (a file, or nothing) and stdout to a pipe read whole. */
function bin(argv: readonly string[], stdin?: string, shellPrefix = "") {
  const input = stdin === undefined ? "ignore" : openSync(stdin, "r");
  try {
    const command = shellPrefix ? ["sh", ["-c", `${shellPrefix}; exec "$0" "$@"`, process.execPath, BIN, ...argv]] as const : [process.execPath, [BIN, ...argv]] as const;
    const r = spawnSync(command[0], command[1], { cwd: root, encoding: "utf8", stdio: [input, "pipe", "pipe"], env, maxBuffer: 1 << 26 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    if (typeof input === "number") closeSync(input);
  }
}

const siblings = (file: string) => readdirSync(dirname(file)).filter((f) => f.includes(file.split("/").at(-1) as string));

describe("a write cut short (the file-size limit: EFBIG, as a full disk's ENOSPC) keeps the old file", () => {
  it.each([
    ["fit --out", (out: string) => ["fit", LABELLED, "--target", "defaulted", "-q", "--out", out], "--out"],
    ["portfolio --outcomes", (out: string) => ["portfolio", POPULATION, "-q", "--outcomes", out], "--outcomes"],
  ])("%s: exit 1, one line naming the file, the old bytes, no temporary", (_name, argv, option) => {
    const out = write(`limited-${option.slice(2)}.json`, '{"old": true}\n');
    // 4 KiB: the new file is larger; the old one was 4,096 bytes of a cut policy before.
    const r = bin(argv(out), undefined, "ulimit -f 4");
    expect([r.code, r.stderr]).toEqual([1, `error: ${option}: cannot write ${out}: file too large\n`]);
    expect(readFileSync(out, "utf8")).toBe('{"old": true}\n');
    expect(siblings(out)).toEqual([out.split("/").at(-1)]);
  });
});

describe("an existing file keeps its mode", () => {
  it.each([
    ["fit --out", (out: string) => ["fit", LABELLED, "--target", "defaulted", "-q", "--out", out]],
    ["portfolio --outcomes", (out: string) => ["portfolio", POPULATION, "-q", "--outcomes", out]],
  ])("%s: 0600 stays 0600", (name, argv) => {
    const out = write(`private-${name.length}.json`, "old\n");
    chmodSync(out, 0o600);
    expect(bin(argv(out)).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, "utf8")).not.toBe("old\n");
  });
});

describe("stdin redirected from a file is that file: an output naming it is refused before any work", () => {
  it.each([
    ["fit --out lab < lab", ["fit", "--target", "defaulted", "--out"], "--out", /^error: --out .*: is the input file \(stdin is redirected from it\); write the fitted policy to another file\n$/],
    ["fit - --out lab < lab", ["fit", "-", "--target", "defaulted", "--out"], "--out", /^error: --out .*: is the input file \(stdin is redirected from it\)/],
    ["portfolio --outcomes pop < pop", ["portfolio", "--outcomes"], "--outcomes", /^error: --outcomes: .* is the input file \(stdin is redirected from it\); writing it would destroy it, so give another name\n$/],
    ["portfolio - --outcomes pop < pop", ["portfolio", "-", "--outcomes"], "--outcomes", /^error: --outcomes: .* is the input file \(stdin is redirected from it\)/],
  ])("%s: exit 2, one line, the input whole", (name, argv, _option, message) => {
    const text = name.startsWith("fit") ? readFileSync(LABELLED, "utf8") : readFileSync(POPULATION, "utf8");
    const input = write(`redirected-${name.replace(/\W+/g, "-")}.ndjson`, text);
    const r = bin([...argv, input], input);
    expect(r.stderr).toMatch(message);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(readFileSync(input, "utf8")).toBe(text);
  });

  it("a pipe on stdin is not a file: portfolio - --outcomes writes as asked", () => {
    const out = join(dir, "from-pipe.ndjson");
    const r = spawnSync(process.execPath, [BIN, "portfolio", "-", "-q", "--outcomes", out], { cwd: root, encoding: "utf8", input: readFileSync(POPULATION, "utf8"), env });
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8").length).toBeGreaterThan(0);
  });
});

/** The bin with its stdout a pipe whose reader has already gone: every write to stdout fails with EPIPE. */
function readerGone(argv: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("the reader of stdout gone (| true): the files asked for are still written, exit 0", () => {
  it("fit --out: the policy written, the same bytes as with a reader", async () => {
    const expected = join(dir, "policy-read.json");
    expect((await runWithFiles(["fit", LABELLED, "--target", "defaulted", "-q", "--out", expected])).code).toBe(0);
    const out = join(dir, "policy-unread.json");
    const r = await readerGone(["fit", LABELLED, "--target", "defaulted", "-q", "--out", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(expected, "utf8"));
  });

  it.each([[[]], [["--partial"]]])("portfolio --outcomes %j: the outcomes written, as with a reader", async (extra) => {
    const expected = join(dir, `outcomes-read${extra.length}.ndjson`);
    expect((await runWithFiles(["portfolio", POPULATION, "-q", "--outcomes", expected, ...extra])).code).toBe(0);
    const out = join(dir, `outcomes-unread${extra.length}.ndjson`);
    writeFileSync(out, "old\n");
    const r = await readerGone(["portfolio", POPULATION, "-q", "--outcomes", out, ...extra]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(expected, "utf8"));
  });
});

describe("two fits at once writing one --out", () => {
  it("the file is one of the two policies, whole, each time; no temporary left", async () => {
    const out = join(dir, "raced.json");
    const alone: string[] = [];
    for (const seed of [1, 2]) {
      const file = join(dir, `alone-${seed}.json`);
      expect((await runWithFiles(["fit", LABELLED, "--target", "defaulted", "-q", "--seed", String(seed), "--out", file])).code).toBe(0);
      alone.push(readFileSync(file, "utf8"));
    }
    expect(alone[0]).not.toBe(alone[1]);
    for (let trial = 0; trial < 2; trial++) {
      const runs = [1, 2].map((seed) => new Promise<number | null>((resolve) => {
        spawn(process.execPath, [BIN, "fit", LABELLED, "--target", "defaulted", "-q", "--seed", String(seed), "--out", out], { cwd: root, stdio: "ignore", env }).on("close", resolve);
      }));
      expect(await Promise.all(runs)).toEqual([0, 0]);
      expect(alone).toContain(readFileSync(out, "utf8"));
      expect(siblings(out)).toEqual(["raced.json"]);
    }
  });
});
