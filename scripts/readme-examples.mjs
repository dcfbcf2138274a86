#!/usr/bin/env node
// The README's ```console blocks are real runs: `$ command` then its output.
//   node scripts/readme-examples.mjs          rewrites every block's output from a fresh run
//   node scripts/readme-examples.mjs --check  exits 1 and lists the blocks whose output changed
// Commands run under sh with `suishendai` meaning this checkout's bin, NO_COLOR, and stderr merged.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const readmePath = `${root}README.md`;
const BLOCK = /```console\n\$ ([^\n]+)\n([\s\S]*?)```/g;

/** Runs one README command as a reader would, output as the README shows it. */
export function runExample(command) {
  // Grouped, so stderr shows for every command of a pipeline and beside a `> file`, as on a terminal.
  const script = `suishendai() { node "${root}bin/suishendai.js" "$@"; }\n{ ${command} ; } 2>&1 || true`;
  return execFileSync("sh", ["-c", script], { cwd: root, encoding: "utf8", env: { PATH: process.env.PATH, NO_COLOR: "1", LANG: "C.UTF-8", TZ: "UTC" } });
}

/** Every console block (or those whose command `keep` takes): its command, the output written in the README, and today's output. */
export function readmeExamples(text = readFileSync(readmePath, "utf8"), keep = () => true) {
  return [...text.matchAll(BLOCK)].filter((m) => keep(m[1])).map((m) => ({ command: m[1], written: m[2], actual: runExample(m[1]) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(readmePath, "utf8");
  if (process.argv.includes("--check")) {
    const stale = readmeExamples(text).filter((e) => e.written !== e.actual);
    for (const e of stale) console.log(`stale: $ ${e.command}`);
    process.exit(stale.length ? 1 : 0);
  }
  writeFileSync(readmePath, text.replace(BLOCK, (_, command) => `\`\`\`console\n$ ${command}\n${runExample(command)}\`\`\``));
  console.log("README examples refreshed");
}
