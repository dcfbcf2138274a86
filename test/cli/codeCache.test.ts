import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeCacheDir } from "../../src/cli/codeCache.js";
import { CACHE_HEADER_BYTES, unsealCache } from "../../src/cli/codeCacheFormat.js";
import { BIN, runBin, type CliResult } from "./runCli.js";

// The bin runs the CLI from V8's code cache when it can, and from the ES bundle
// when it cannot; either way the bytes out are the same. (npm test builds dist/ first.)
const scratch = mkdtempSync(join(tmpdir(), "suishendai-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const QUOTE = ["quote", "10000", "--apr", "12", "--terms", "12", "--start", "2026-01-31", "--lang", "en"];

describe("start-up from V8's code cache", () => {
  it("writes the cache on the first run and gives the same bytes from it, as without it", () => {
    const home = join(scratch, "xdg");
    const without = runBin(QUOTE, { SUISHENDAI_CODE_CACHE: "0", XDG_CACHE_HOME: home });
    expect(readdirSync(scratch)).not.toContain("xdg"); // turned off: nothing written
    const first = runBin(QUOTE, { XDG_CACHE_HOME: home });
    const caches = readdirSync(join(home, "suishendai"));
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(new RegExp(`^${process.version}-${process.arch}-[0-9a-f]{16}\\.v8$`));
    const second = runBin(QUOTE, { XDG_CACHE_HOME: home });
    for (const r of [first, second]) expect(r).toEqual(without);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain("10,000.00");
  });

  it("falls back silently when the cache directory cannot be made", () => {
    const file = join(scratch, "not-a-directory");
    writeFileSync(file, "");
    // Under a regular file no directory can be made, whoever runs the test (root included).
    const r = runBin(QUOTE, { XDG_CACHE_HOME: join(file, "cache") });
    expect(r).toEqual(runBin(QUOTE, { SUISHENDAI_CODE_CACHE: "0" }));
    expect(r.stderr).toBe("");
  });

  it("falls back silently when the cache file is not V8's", () => {
    const home = join(scratch, "garbage");
    runBin(QUOTE, { XDG_CACHE_HOME: home });
    const [name] = readdirSync(join(home, "suishendai"));
    writeFileSync(join(home, "suishendai", name as string), "not a code cache");
    const r = runBin(QUOTE, { XDG_CACHE_HOME: home });
    expect(r).toEqual(runBin(QUOTE, { SUISHENDAI_CODE_CACHE: "0" }));
  });

  it("keeps errors and exit codes as they were", () => {
    const bad = ["quote", "abc"];
    expect(runBin(bad, { XDG_CACHE_HOME: join(scratch, "xdg") })).toEqual(runBin(bad, { SUISHENDAI_CODE_CACHE: "0" }));
    expect(runBin(bad, { SUISHENDAI_CODE_CACHE: "0" }).code).toBe(2);
  });

  it("lives under $XDG_CACHE_HOME or ~/.cache, and SUISHENDAI_CODE_CACHE=0 turns it off", () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: "/x/cache" })).toBe(join("/x/cache", "suishendai"));
    expect(codeCacheDir({ XDG_CACHE_HOME: "relative/ignored", HOME: "/home/u" })).toMatch(/[/\\]\.cache[/\\]suishendai$/);
    expect(codeCacheDir({ SUISHENDAI_CODE_CACHE: "0" })).toBeUndefined();
  });
});

// What may sit at the cache path, and what may go wrong writing it: the
// command's bytes and exit code never change, it never waits, and it leaves
// nothing behind but a sound cache. Each run has a timeout far above its
// ~0.2 s: the old loader hung for good on a FIFO, /dev/zero and /proc.
describe("the code cache cannot break, block or litter", () => {
  const root = join(scratch, "hostile");
  let sound: Buffer; // a cache the bin wrote
  let cacheName: string;
  let expected: CliResult;
  let home = 0;

  beforeAll(() => {
    const first = join(scratch, "first");
    runBin(QUOTE, { XDG_CACHE_HOME: first });
    [cacheName] = readdirSync(join(first, "suishendai")) as [string];
    sound = readFileSync(join(first, "suishendai", cacheName));
    expected = runBin(QUOTE, { SUISHENDAI_CODE_CACHE: "0" });
    mkdirSync(root);
  });

  /** A fresh $XDG_CACHE_HOME/suishendai, and the cache's path in it. */
  function freshDir(): { xdg: string; dir: string; path: string } {
    const xdg = join(root, String(home++));
    const dir = join(xdg, "suishendai");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return { xdg, dir, path: join(dir, cacheName) };
  }

  /** The built bin, killed if it takes 15 s; `limit` wraps it in sh with `ulimit -f` (a full disk: writes past 32 KB fail). */
  function run(xdg: string, limit = false): CliResult & { signal: NodeJS.Signals | null } {
    const env = { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: xdg };
    const [file, args] = limit ? ["sh", ["-c", 'ulimit -f 64 && exec "$0" "$@"', process.execPath, BIN, ...QUOTE]] : [process.execPath, [BIN, ...QUOTE]];
    const r = spawnSync(file as string, args as string[], { encoding: "utf8", env, timeout: 15_000, killSignal: "SIGKILL" });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
  }

  function expectSameAsWithout(r: CliResult & { signal: NodeJS.Signals | null }): void {
    expect({ ...r, signal: r.signal }).toEqual({ ...expected, signal: null });
  }

  function expectSoundCacheAt(path: string): void {
    expect(lstatSync(path).isFile()).toBe(true);
    expect(unsealCache(readFileSync(path))).toBeDefined();
  }

  it("writes the cache sealed: header, then a payload its digest matches", () => {
    expect(sound.length).toBeGreaterThan(CACHE_HEADER_BYTES + 100_000);
    expect(sound.subarray(0, 8).toString("latin1")).toBe("SSDV8CC\n");
    expect(sound.readUInt32LE(12)).toBe(sound.length - CACHE_HEADER_BYTES);
    expect(unsealCache(sound)).toEqual(sound.subarray(CACHE_HEADER_BYTES));
    const flipped = Buffer.from(sound);
    flipped[sound.length - 1] = (flipped[sound.length - 1] as number) ^ 1;
    expect(unsealCache(flipped)).toBeUndefined();
    expect(unsealCache(sound.subarray(0, sound.length - 1))).toBeUndefined(); // cut short
    expect(unsealCache(Buffer.concat([sound, Buffer.from([0])]))).toBeUndefined(); // a byte too many
    expect(unsealCache(sound.subarray(0, CACHE_HEADER_BYTES - 1))).toBeUndefined();
  });

  it.each([
    ["in the magic", 3],
    ["in the digest", 20],
    ["in the payload", 60_000],
  ])("a flipped byte %s: the same output, exit 0, and the cache rewritten sound", (_where, offset) => {
    const { xdg, path } = freshDir();
    const flipped = Buffer.from(sound);
    flipped[offset] = (flipped[offset] as number) ^ 0x20;
    writeFileSync(path, flipped, { mode: 0o600 });
    expectSameAsWithout(run(xdg));
    expectSoundCacheAt(path);
  });

  it("a FIFO at the cache path: no hang, and a cache in its place", () => {
    const { xdg, path } = freshDir();
    expect(spawnSync("mkfifo", [path]).status).toBe(0);
    expectSameAsWithout(run(xdg));
    expectSoundCacheAt(path);
  });

  it("a link to /dev/zero at the cache path: no hang, and a cache in its place", () => {
    const { xdg, path } = freshDir();
    symlinkSync("/dev/zero", path);
    expectSameAsWithout(run(xdg));
    expectSoundCacheAt(path);
  });

  it("XDG_CACHE_HOME=/proc (where mkdir answers ENOENT): the result, and the exit", () => {
    expectSameAsWithout(run("/proc"));
  });

  it("XDG_CACHE_HOME a dangling link (mkdir's other ENOENT under a parent that exists): the result, and the exit", () => {
    const xdg = join(root, "dangling");
    symlinkSync(join(root, "nowhere"), xdg);
    expectSameAsWithout(run(xdg));
  });

  it("a directory at the cache path: the same output, and no temporary file left", () => {
    const { xdg, dir, path } = freshDir();
    mkdirSync(join(path, "inside"), { recursive: true });
    expectSameAsWithout(run(xdg));
    expect(readdirSync(dir)).toEqual([cacheName]);
  });

  it("a cache directory it cannot write to, or a full disk: the same output, and no temporary file left", () => {
    const { xdg, dir } = freshDir();
    chmodSync(dir, 0o555); // root writes anyway: for root, the file size limit is what fails
    expectSameAsWithout(run(xdg, true));
    chmodSync(dir, 0o700);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)("a cache file someone else owns is not read, and is replaced by one of ours", () => {
    const { xdg, path } = freshDir();
    writeFileSync(path, sound);
    chownSync(path, 65534, 65534);
    expectSameAsWithout(run(xdg));
    expect(lstatSync(path).uid).toBe(0);
    expectSoundCacheAt(path);
  });

  it("temporary files of killed runs are cleared, and only the newest caches kept", () => {
    const { xdg, dir } = freshDir();
    const others = ["a.v8", "b.v8", "c.v8", "d.v8", "x.v8.123-abcd.tmp"]; // oldest first, an hour ago
    for (const [i, name] of others.entries()) {
      writeFileSync(join(dir, name), "old");
      const time = (Date.now() - 3_600_000 + i * 1000) / 1000;
      utimesSync(join(dir, name), time, time);
    }
    writeFileSync(join(dir, "fresh.v8.1-abcd.tmp"), "being written now");
    expectSameAsWithout(run(xdg));
    expect(readdirSync(dir).sort()).toEqual(["b.v8", "c.v8", "d.v8", cacheName, "fresh.v8.1-abcd.tmp"].sort());
  });

  it("a crowded cache directory is left alone: nothing written into it", () => {
    const { xdg, dir } = freshDir();
    for (let i = 0; i < 100; i++) writeFileSync(join(dir, `other-${i}`), "");
    expectSameAsWithout(run(xdg));
    expect(readdirSync(dir)).toHaveLength(100);
  });
});
