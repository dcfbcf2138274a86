#!/usr/bin/env node
// The ```console blocks of the README and the guide are real runs: `$ command` then its output.
//   node scripts/readme-examples.mjs          rewrites every block's output from a fresh run
//   node scripts/readme-examples.mjs --check  exits 1 and lists the blocks whose output changed
// Commands run under sh with `suishendai` meaning this checkout's bin, NO_COLOR, and stderr merged.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const BLOCK = /```console\n\$ ([^\n]+)\n([\s\S]*?)```/g;

/** The pages whose examples are run: the README's tour and the guide's every command by example. */
export const EXAMPLE_PAGES = ["README.md", "docs/guide.md"];

/** Runs one example command as a reader would (from the project root), output as the page shows it. */
export function runExample(command) {
  // Grouped, so stderr shows for every command of a pipeline and beside a `> file`, as on a terminal.
  const script = `suishendai() { node "${root}bin/suishendai.js" "$@"; }\n{ ${command} ; } 2>&1 || true`;
  return execFileSync("sh", ["-c", script], { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH, NO_COLOR: "1", LANG: "C.UTF-8", TZ: "UTC" } });
}

/** Every console block of a page (or those whose command `keep` takes): its command, the output written there, and today's output. */
export function readmeExamples(text = readFileSync(`${root}README.md`, "utf8"), keep = () => true) {
  return [...text.matchAll(BLOCK)].filter((m) => keep(m[1])).map((m) => ({ command: m[1], written: m[2], actual: runExample(m[1]) }));
}

/** The examples of one page of EXAMPLE_PAGES (those `keep` takes are run). */
export function pageExamples(page, keep = () => true) {
  return readmeExamples(readFileSync(`${root}${page}`, "utf8"), keep);
}

/** The commands of one page's console blocks, none of them run. */
export function pageCommands(page) {
  return [...readFileSync(`${root}${page}`, "utf8").matchAll(BLOCK)].map((m) => m[1]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let stale = 0;
  for (const page of EXAMPLE_PAGES) {
    const path = `${root}${page}`;
    const text = readFileSync(path, "utf8");
    if (process.argv.includes("--check")) {
      for (const e of readmeExamples(text).filter((x) => x.written !== x.actual)) {
        console.log(`stale: ${page}: $ ${e.command}`);
        stale++;
      }
      continue;
    }
    writeFileSync(path, text.replace(BLOCK, (_, command) => `\`\`\`console\n$ ${command}\n${runExample(command)}\`\`\``));
    console.log(`${page}: examples refreshed`);
  }
  process.exit(stale ? 1 : 0);
}
