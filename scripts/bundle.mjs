#!/usr/bin/env node
// Bundles the CLI into dist/bin/ so that start-up reads a few files instead of
// resolving hundreds of modules. Views, zod and cli-progress stay in lazily
// loaded chunks (code splitting), so `quote --format json` loads no table code.
import { build } from "esbuild";

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
  // cli-table3 and its helpers are CommonJS; esbuild needs a require() inside ESM.
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  logLevel: "warning",
});
