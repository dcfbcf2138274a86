#!/usr/bin/env node
import { main } from "../dist/bin/suishendai.mjs";

await main();
