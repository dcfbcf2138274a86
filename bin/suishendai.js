#!/usr/bin/env node
// CommonJS (see bin/package.json): the CLI starts from V8's code cache when it can (src/cli/codeCache.ts).

/** No build (a checkout before `npm ci`, or `npm run build` rebuilding dist/ right now): one line, not a stack trace. */
function notBuilt(error) {
  if (!error || (error.code !== "MODULE_NOT_FOUND" && error.code !== "ERR_MODULE_NOT_FOUND")) throw error;
  process.stderr.write("error: suishendai is not built here (dist/ is missing or being rebuilt): run npm run build, or try again\n");
  process.exit(1);
}

let loader;
try {
  loader = require("../dist/bin/codeCache.cjs");
} catch (error) {
  notBuilt(error);
}
loader.loadMain().then((main) => main(), notBuilt);
