import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeCacheDir } from "../../src/cli/codeCache.js";
import { runBin } from "./runCli.js";

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
