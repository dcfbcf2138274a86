#!/usr/bin/env node
// Bundles the CLI into dist/bin/ so that start-up reads a few files instead of
// resolving hundreds of modules. Views, zod and cli-progress stay in lazily
// loaded chunks (code splitting), so `quote --format json` loads no table code.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** cli-table3's string-width: ASCII by its length, the rest as the tool measures it (see bundle/asciiWidth.cjs). */
const asciiWidth = {
  name: "ascii-width",
  setup(b) {
    const wrapper = fileURLToPath(new URL("./bundle/asciiWidth.cjs", import.meta.url));
    b.onResolve({ filter: /^string-width$/ }, (args) => (/[\\/]cli-table3[\\/]/.test(args.importer) ? { path: wrapper } : undefined));
  },
};

/** textWidth's string-width, loaded on its first call (see bundle/lazyStringWidth.cjs). */
const lazyStringWidth = {
  name: "lazy-string-width",
  setup(b) {
    const wrapper = fileURLToPath(new URL("./bundle/lazyStringWidth.cjs", import.meta.url));
    b.onResolve({ filter: /^string-width$/ }, (args) => (/[\\/]views[\\/]textWidth\.ts$/.test(args.importer) ? { path: wrapper } : undefined));
  },
};

await build({
  entryPoints: { suishendai: "src/cli/main.ts", simulateWorker: "src/cli/simulate/simulateWorker.ts", portfolioWorker: "src/cli/portfolio/portfolioWorker.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  // Chunks sit beside the entry: files found relative to import.meta.url
  // (package.json, the default policy) are then two levels up from any of them.
  chunkNames: "[name]-[hash]",
  minify: process.env.BUNDLE_MINIFY !== "0",
  keepNames: false,
  legalComments: "linked",
  // cli-table3, cli-progress and their helpers are CommonJS; esbuild needs a require() inside ESM.
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  plugins: [asciiWidth, lazyStringWidth],
  logLevel: "warning",
});

// The same CLI as one CommonJS file, for start-up from V8's code cache
// (src/cli/codeCache.ts runs it with vm.Script; Node 20 caches no ES modules).
// import.meta.url becomes the ES entry's URL, so files beside it resolve alike.
await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/bin/suishendai.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: process.env.BUNDLE_MINIFY !== "0",
  legalComments: "linked",
  define: { "import.meta.url": "__suishendaiUrl" },
  // zod is more than half of the bundle and only validation needs it: required from node_modules when it does;
  // so are fit's linear algebra and the CSV reader and writer (each imported statically by a module that is
  // itself loaded on demand, so the require sits in that module's lazy initialiser).
  external: ["zod", "ml-matrix", "csv-stringify", "csv-parse"],
  plugins: [asciiWidth, lazyStringWidth],
  logLevel: "warning",
});

// The bin's first step as CommonJS too (bin/package.json makes the bin CommonJS):
// an ES module as the entry costs every command the ES loader's start-up.
await build({
  entryPoints: ["src/cli/codeCache.ts"],
  outfile: "dist/bin/codeCache.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  define: { "import.meta.url": "__loaderUrl" },
  banner: { js: 'const __loaderUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
