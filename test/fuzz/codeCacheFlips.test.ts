import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_HEADER_BYTES, unsealCache } from "../../src/cli/codeCacheFormat.js";
import { BIN, runBin } from "../cli/runCli.js";

// One flipped byte in V8's code cache used to crash every command (SIGSEGV,
// V8 fatal errors, aborts), hang one, or refuse valid input: V8 does not check
// the payload. Every flip must now be caught by the cache's own digest: the
// built bin, started on a flipped copy of a real cache, prints what it prints
// without a cache, exits 0 and writes a sound cache back. `npm run fuzz` flips
// every header byte and ~260 offsets spread over the payload; npm run test:slow a few.
const SWEEP = process.env.FUZZ_RUNS !== undefined;
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const QUOTE = ["quote", "10000", "--apr", "12", "--terms", "12", "--start", "2026-01-31", "--lang", "en"];
/** Bins at once: most of a run is start-up waiting on the other core as often as not. */
const PARALLEL = 4;

const scratch = mkdtempSync(join(tmpdir(), "suishendai-flips-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let sound: Buffer;
let cacheName: string;
let expected: string;

beforeAll(() => {
  runBin(QUOTE, { XDG_CACHE_HOME: join(scratch, "first") });
  [cacheName] = readdirSync(join(scratch, "first", "suishendai")) as [string];
  sound = readFileSync(join(scratch, "first", "suishendai", cacheName));
  expected = runBin(QUOTE, { SUISHENDAI_CODE_CACHE: "0" }).stdout;
});

/** Offsets to flip: every header byte and `payload` offsets evenly over the payload (the sweep), or a few of each. */
function offsets(length: number): number[] {
  const header = SWEEP ? Array.from({ length: CACHE_HEADER_BYTES }, (_, i) => i) : [0, 9, 13, 30];
  const count = SWEEP ? 260 : 4;
  const span = length - 1 - CACHE_HEADER_BYTES;
  const payload = Array.from({ length: count }, (_, k) => CACHE_HEADER_BYTES + Math.floor((k * span) / (count - 1)));
  return [...header, ...payload];
}

/** A fixed-seed mask per flip (never 0): single bits and whole bytes alike. */
function mask(i: number): number {
  const x = Math.imul(i + 1, 0x9e3779b1) ^ SEED;
  return ((x >>> 7) & 0xff) || 0x01;
}

/** Runs the bin on a flipped copy; what broke, or undefined. */
function flipRun(i: number, offset: number): Promise<string | undefined> {
  const xdg = join(scratch, String(i));
  const path = join(xdg, "suishendai", cacheName);
  mkdirSync(join(xdg, "suishendai"), { recursive: true, mode: 0o700 });
  const flipped = Buffer.from(sound);
  const m = mask(i);
  flipped[offset] = (flipped[offset] as number) ^ m;
  writeFileSync(path, flipped, { mode: 0o600 });
  const env = { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: xdg };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...QUOTE], { env, timeout: 30_000, killSignal: "SIGKILL", maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const where = `offset ${offset} ^ 0x${m.toString(16)}`;
      const e = error as (Error & { code?: unknown; signal?: string | null; killed?: boolean }) | null;
      if (e) resolve(`${where}: ${e.killed ? "hung" : `exit ${String(e.code)} signal ${e.signal}`} ${stderr.slice(0, 200)}`);
      else if (stdout !== expected || stderr !== "") resolve(`${where}: other output ${JSON.stringify(stderr.slice(0, 200))}`);
      else if (!unsealCache(readFileSync(path))) resolve(`${where}: the cache was not rewritten sound`);
      else resolve(undefined);
      rmSync(xdg, { recursive: true, force: true });
    });
  });
}

describe(`a flipped byte anywhere in the code cache (${SWEEP ? "the sweep" : "a sample"}, seed ${SEED})`, () => {
  it("never crashes, hangs or changes the output, and the cache is written back sound", async () => {
    const all = offsets(sound.length);
    if (SWEEP) expect(all.length).toBeGreaterThanOrEqual(300);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < all.length; i = next++) {
        const failure = await flipRun(i, all[i] as number);
        if (failure) failures.push(failure);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const kinds = new Map<string, number>();
    for (const f of failures) {
      const kind = f.replace(/^offset \d+ \^ 0x[0-9a-f]+: /, "").replace(/\s+/g, " ").slice(0, 48);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    console.log(`code cache flips: ${all.length} runs, ${failures.length} broke${[...kinds].map(([k, n]) => `\n  ${n} × ${k}`).join("")}`);
    expect(failures.slice(0, 10)).toEqual([]);
  }, 900_000);
});
