#!/usr/bin/env node
import { loadMain } from "../dist/cli/codeCache.js";

const main = await loadMain();
await main();
