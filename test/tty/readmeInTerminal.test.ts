import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashLines, makeShim, plain, requireScript, ROOT, runInPty } from "./pty.js";

// Every `$ suishendai …` console example of the README and of docs/guide.md (its commands by
// example), run in a real terminal. The exit code a reader should see comes from the page itself:
// an example whose shown output is `error: …` exits 2 (bad input), every other one 0.
const readme = ["README.md", "docs/guide.md"].map((page) => readFileSync(`${ROOT}${page}`, "utf8")).join("\n");
const blocks = [...readme.matchAll(/```console\n\$ ([^\n]+)\n([\s\S]*?)```/g)]
  .map(([, command = "", shown = ""]) => ({ command, firstLine: shown.split("\n")[0] ?? "", expect: shown.startsWith("error:") ? 2 : 0 }))
  .filter((b) => /\bsuishendai\b/.test(b.command));

// `npm test` runs the long examples smaller — 2 simulated runs for 20, 1,000 generated records
// for 20,000, the example population's first 300 profiles for its 3,000 — as a terminal shows
// them alike, and skips the first-line check of those (it names the counts; test/readme.test.ts
// compares every example's bytes as printed). `npm run test:slow` runs every example as printed.
const SLOW = Boolean(process.env.SUISHENDAI_TEST_SLOW);
const POPULATION = "examples/profiles/population.ndjson";
const smallPopulation = join(mkdtempSync(join(tmpdir(), "suishendai-readme-pty-")), "population.ndjson");
writeFileSync(smallPopulation, `${readFileSync(`${ROOT}${POPULATION}`, "utf8").split("\n").slice(0, 300).join("\n")}\n`);
function asRun(command: string): string {
  if (SLOW || command.startsWith("head ")) return command;
  return command
    .replace(/--runs (\d+)/, (all, n) => (Number(n) > 2 ? "--runs 2" : all))
    .replace(/--count (\d+)/, (all, n) => (Number(n) > 1000 ? "--count 1000" : all))
    .replaceAll(POPULATION, smallPopulation);
}

let shim: ReturnType<typeof makeShim>;
beforeAll(() => {
  requireScript();
  shim = makeShim();
});
afterAll(() => shim?.dispose());

describe("README and guide examples in a terminal", () => {
  it("finds every `$ suishendai` line of the README and the guide in a console block", () => {
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
