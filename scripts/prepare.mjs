#!/usr/bin/env node
// `prepare` runs on `npm ci`, and also every time `npx suishendai` is typed in the
// project folder (npx installs the folder, which runs prepare); `npm test` runs it too. A full build costs
// seconds and replaces dist/ under whatever is running it, so build only when
// dist/ is missing or older than the sources it is made from.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = [join(root, "dist/bin/suishendai.mjs"), join(root, "dist/index.js")];

/** The newest modification time under `path` (a file or a folder; a folder's own time moves when a file is added, renamed or deleted). */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), info.mtimeMs);
}

const sources = ["src", "scripts/bundle.mjs", "scripts/bundle", "tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json"].map((p) => join(root, p)).filter(existsSync);
const fresh = built.every(existsSync) && Math.min(...built.map((f) => statSync(f).mtimeMs)) >= Math.max(...sources.map(newest));
if (!fresh) {
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  process.exit(r.status ?? 1);
}
