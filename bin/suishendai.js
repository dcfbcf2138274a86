#!/usr/bin/env node
// CommonJS (see bin/package.json): the CLI starts from V8's code cache when it can (src/cli/codeCache.ts).
require("../dist/bin/codeCache.cjs")
  .loadMain()
  .then((main) => main());
