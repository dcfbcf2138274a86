import type { CliResult } from "../cli/runCli.js";

/** What must hold for every run, good input or bad. Returns the broken rule, or undefined. */
export function brokenRule(r: CliResult, argv: readonly string[], stdin = ""): string | undefined {
  if (![0, 1, 2].includes(r.code)) return `exit code ${r.code}`;
  // Warnings (unknown profile fields) come before the one error line.
  const errors = r.stderr.replace(/^warning: .*\n/gm, "");
  if (r.code !== 0) {
    if (errors.trimEnd().includes("\n") && !/^error: \d+ invalid record/m.test(errors)) return `more than one line on stderr: ${JSON.stringify(r.stderr.slice(0, 300))}`;
    if (r.code === 2 && r.stdout !== "") return "stdout not empty on exit 2";
    if (!errors.trim()) return "no message";
  }
  if (/\n\s+at .+(\.ts|\.js|node:)/.test(r.stderr)) return "stack trace on stderr";
  // The user's own words may be echoed back in an error; anything else spelling
  // undefined / NaN / [object Object] is ours.
  let text = r.stdout + r.stderr;
  const pieces = [...argv, stdin].flatMap((t) => [t, ...t.split(/[=,:]/)]).filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  for (const piece of pieces) {
    for (const form of [JSON.stringify(JSON.stringify(piece)).slice(1, -1), JSON.stringify(piece), piece]) text = text.split(form).join("");
  }
  const leak = /undefined|NaN|\[object Object\]/.exec(text);
  if (leak) return `"${leak[0]}" in output: ${JSON.stringify(text.slice(Math.max(0, leak.index - 80), leak.index + 40))}`;
  return undefined;
}

