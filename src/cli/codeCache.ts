import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { sealCache, unsealCache } from "./codeCacheFormat.js";
import { cacheDirectory, readCacheFile } from "./codeCacheRead.js";
import { listCacheDir, pruneCacheDir, writeCacheFile } from "./codeCacheWrite.js";

// Start-up: Node 20 keeps no compiled code between runs of ES modules, so the
// bin runs the CLI from one CommonJS bundle (dist/bin/suishendai.cjs) through
// vm.Script with V8's code cache, stored under the user's cache directory and
// keyed by Node version, architecture and the bundle's hash. V8 trusts the
// cache's bytes, so each file carries a sha256 of them, checked before V8 sees
// them (codeCacheFormat.ts); only a regular file of ours is read
// (codeCacheRead.ts); a cache that is not sound is compiled past and rewritten.
// Anything that goes wrong on the way (no bundle, no cache directory, a cache
// V8 rejects) falls back silently; SUISHENDAI_CODE_CACHE=0 turns the cache off.
// This file imports nothing of the CLI: it is what the bin loads first.

type Main = () => Promise<void>;

const ES_ENTRY = new URL("../bin/suishendai.mjs", import.meta.url);
const BUNDLE = new URL("../bin/suishendai.cjs", import.meta.url);

/** Where the cache lives: $XDG_CACHE_HOME/suishendai or ~/.cache/suishendai; undefined when turned off. */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.SUISHENDAI_CODE_CACHE;
  if (setting === "0" || setting === "off" || setting === "false") return undefined;
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "suishendai");
}

/** File system work after the command ran stops once a step has taken this long (a slow mount, a disk under load): it must not hold up the exit. */
const BUDGET_MS = 100;

/** Writes V8's cache of everything compiled so far, sealed with its digest; drops old ones; never throws. */
function writeCache(script: Script, dir: string, name: string): void {
  try {
    let start = performance.now();
    const late = () => performance.now() - start > BUDGET_MS;
    if (!cacheDirectory(dir, true)) return;
    const names = listCacheDir(dir);
    if (names === undefined || late()) return;
    // Not timed: work for the CPU alone, bounded by the bundle's size (timed, a loaded machine skipped rewrites).
    const bytes = sealCache(script.createCachedData());
    start = performance.now();
    if (!writeCacheFile(dir, name, bytes) || late()) return;
    pruneCacheDir(dir, names, name);
  } catch {
    // An unwritable cache only costs the next start-up its compile time.
  }
}

/** The payload of a sound cache file of ours at dir/name, else undefined. */
function readCache(dir: string, name: string): Buffer | undefined {
  if (!cacheDirectory(dir, false)) return undefined;
  const file = readCacheFile(join(dir, name));
  return file && unsealCache(file);
}

/** The CLI's main() from the CommonJS bundle with the code cache, or undefined to fall back. */
function cachedMain(dir: string): Main | undefined {
  try {
    const file = fileURLToPath(BUNDLE);
    const source = readFileSync(file, "utf8");
    const hash = createHash("sha1").update(source).digest("hex").slice(0, 16);
    const name = `${process.version}-${process.arch}-${hash}.v8`;
    // None on the first run, or none sound: compiled from source, cached after it ran.
    const cachedData = readCache(dir, name);
    const wrapper = `(function (exports, require, module, __filename, __dirname, __suishendaiUrl) {${source}\n})`;
    const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
    const module = { exports: {} as { main?: Main } };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file), ES_ENTRY.href);
    const main = module.exports.main;
    if (typeof main !== "function") return undefined;
    if (cachedData && !script.cachedDataRejected) return main;
    // Cached after the command ran, so the functions it compiled lazily are in the cache too.
    return async () => {
      await main();
      writeCache(script, dir, name);
    };
  } catch {
    return undefined;
  }
}

/** The CLI's main(): from the code cache when it can be, else from the ES bundle. */
export async function loadMain(env: NodeJS.ProcessEnv = process.env): Promise<Main> {
  const dir = codeCacheDir(env);
  const cached = dir === undefined ? undefined : cachedMain(dir);
  if (cached) return cached;
  const entry = (await import(ES_ENTRY.href)) as { main: Main };
  return entry.main;
}
