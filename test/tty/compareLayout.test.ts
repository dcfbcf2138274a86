import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashLines, makeShim, plain, requireScript, runInPty } from "./pty.js";

// The compare table of two presets is about 100 columns wide (its top border says so).
let shim: ReturnType<typeof makeShim>;
beforeAll(() => {
  requireScript();
  shim = makeShim();
});
afterAll(() => shim?.dispose());

async function screen(command: string): Promise<string> {
  const r = await runInPty(command, { shimDir: shim.dir });
  expect(crashLines(r.screen), r.screen).toEqual([]);
  expect(r.code, r.screen).toBe(0);
  return plain(r.screen);
}
const compare = "suishendai compare 10000 --preset suishendai-floor --preset jiebei --start 2026-01-15 --lang en";

describe("compare in a terminal narrower than its table", () => {
  it("at 80 columns: one block per offer, every line within 80 columns but the note", async () => {
    const shown = await screen(`stty cols 80; ${compare}`);
    expect(shown).not.toContain("┌");
    expect(shown).toContain("1. 随身贷 floor (低至)\n   Method             equal installment\n   Terms              12\n");
    expect(shown).toContain("\n\n2. 借呗\n");
    const lines = shown.trimEnd().split("\n");
    for (const line of lines.slice(0, -1)) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it("at 200 columns the table fits and is drawn", async () => {
    expect(await screen(`stty cols 200; ${compare}`)).toContain("┌──────┬");
  });

  it("--layout table forces the table at 80 columns; a pipe gets the table too", async () => {
    expect(await screen(`stty cols 80; ${compare} --layout table`)).toContain("┌──────┬");
    expect(await screen(`stty cols 80; ${compare} | cat`)).toContain("┌──────┬");
  });
});
