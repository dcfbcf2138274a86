import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

// Start-up: Node 20 keeps no compiled code between runs of ES modules, so the
// bin runs the CLI from one CommonJS bundle (dist/bin/suishendai.cjs) through
// vm.Script with V8's code cache, stored under the user's cache directory and
// keyed by Node version, architecture and the bundle's hash. Anything that goes
// wrong on the way (no bundle, no cache directory, a cache V8 rejects) falls
// back silently to the ES bundle; SUISHENDAI_CODE_CACHE=0 turns the cache off.
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

/** Caches kept: a few installed versions (or Node versions) side by side do not evict each other. */
const KEEP = 4;

/** Writes V8's cache of everything compiled so far; drops all but the newest few; never throws. */
function writeCache(script: Script, dir: string, name: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, join(dir, name)); // whole or not at all, even with two runs at once
    const caches = readdirSync(dir).filter((f) => f.endsWith(".v8"));
    const newestFirst = caches.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const { f } of newestFirst.slice(KEEP)) unlinkSync(join(dir, f));
  } catch {
    // An unwritable cache only costs the next start-up its compile time.
  }
}

/** The CLI's main() from the CommonJS bundle with the code cache, or undefined to fall back. */
function cachedMain(dir: string): Main | undefined {
  try {
    const file = fileURLToPath(BUNDLE);
    const source = readFileSync(file, "utf8");
    const hash = createHash("sha1").update(source).digest("hex").slice(0, 16);
    const name = `${process.version}-${process.arch}-${hash}.v8`;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(join(dir, name));
    } catch {
      cachedData = undefined; // the first run: compiled from source, cached after it ran
    }
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
