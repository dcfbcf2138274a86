#!/usr/bin/env node
// npm run schemas: writes schema/*.schema.json from the zod definitions (after a build).
import { writeFileSync } from "node:fs";
import { jsonSchemas } from "../dist/policy/jsonSchemas.js";

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schema/${name}.schema.json`);
}
