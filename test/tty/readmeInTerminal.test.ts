import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashLines, makeShim, plain, requireScript, ROOT, runInPty } from "./pty.js";

// Every `$ suishendai …` console example of the README, run in a real terminal. The exit code a
// reader should see comes from the README itself: an example whose shown output is `error: …`
// exits 2 (bad input), every other one 0.
const readme = readFileSync(`${ROOT}README.md`, "utf8");
const blocks = [...readme.matchAll(/```console\n\$ ([^\n]+)\n([\s\S]*?)```/g)]
  .map(([, command = "", shown = ""]) => ({ command, firstLine: shown.split("\n")[0] ?? "", expect: shown.startsWith("error:") ? 2 : 0 }))
  .filter((b) => /\bsuishendai\b/.test(b.command));

// `npm test` runs the long examples (20 simulated runs, a 20,000-record fit) smaller — a terminal
// shows the same thing for 2 runs or 2,000 records — and skips their first-line check, which names
// the count; `npm run test:slow` runs every example as printed.
const SLOW = Boolean(process.env.SUISHENDAI_TEST_SLOW);
function asRun(command: string): string {
  if (SLOW) return command;
  return command.replace(/--runs (\d+)/, (all, n) => (Number(n) > 2 ? "--runs 2" : all)).replace(/--count (\d+)/, (all, n) => (Number(n) > 2000 ? "--count 2000" : all));
}

let shim: ReturnType<typeof makeShim>;
beforeAll(() => {
  requireScript();
  shim = makeShim();
});
afterAll(() => shim?.dispose());

describe("README examples in a terminal", () => {
  it("finds every `$ suishendai` line of the README in a console block", () => {
    const lines = [...readme.matchAll(/^\$ (suishendai [^\n]*)$/gm)].map((m) => m[1] ?? "");
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(blocks.map((b) => b.command)).toContain(line);
    // the deliberate error example is among them
    expect(blocks.some((b) => b.expect === 2)).toBe(true);
  });

  it.each(blocks.map((b) => [b.command, b]))("$ %s", async (_command, b) => {
    const command = asRun(b.command);
    const r = await runInPty(command, { shimDir: shim.dir });
    expect(crashLines(r.screen), r.screen).toEqual([]);
    expect(r.code, r.screen).toBe(b.expect);
    // it really ran: the terminal shows the README's first line of output (colour aside)
    if (command === b.command) expect(plain(r.screen)).toContain(b.firstLine);
    else expect(plain(r.screen).trim().length).toBeGreaterThan(0);
  });
});
