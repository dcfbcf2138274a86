import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashLines, makeShim, plain, requireScript, runInPty } from "./pty.js";
import { screenAfter } from "./screenModel.js";

// The batch progress bar in a real terminal (util-linux `script`), the bin as built.
// population.ndjson holds 3,000 profiles, ids u000001 … u003000, each line longer than 80 columns.
let shim: ReturnType<typeof makeShim>;
let tmp: string;
beforeAll(() => {
  requireScript();
  shim = makeShim();
  tmp = mkdtempSync(join(tmpdir(), "suishendai-bar-"));
});
afterAll(() => {
  shim?.dispose();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const LINE_WRAP_OFF = "\x1b[?7l";
const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i + 1).padStart(6, "0")}`);
/** The ids of the screen's non-empty lines; a line that is not a whole JSON object fails the test. */
const shownIds = (lines: string[]) => lines.filter((l) => l !== "").map((l) => (JSON.parse(l) as { id: string }).id);

describe("the screen model the tests read", () => {
  it("draws, clears and cuts as a terminal does", () => {
    expect(screenAfter("bar 1\x1b[0K\x1b[1Gbar 22\x1b[0K\r\nnext")).toEqual(["bar 22", "next"]);
    expect(screenAfter("\x1b7bar\n" + "x".repeat(90) + "\n\x1b8\x1b[2K")).toEqual(["", "x".repeat(90), ""]);
    expect(screenAfter(`${LINE_WRAP_OFF}${"y".repeat(79)}abc\n`)[0]).toBe(`${"y".repeat(79)}c`);
  });
});

describe("simulate's progress bar in a terminal", () => {
  it("stdout the terminal too: no bar, every NDJSON line on screen whole, line wrap untouched", async () => {
    const r = await runInPty("suishendai simulate examples/profiles/population.ndjson --lang en", { shimDir: shim.dir });
    expect(r.code, r.screen).toBe(0);
    expect(r.raw.includes(LINE_WRAP_OFF)).toBe(false);
    expect(shownIds(screenAfter(r.raw))).toEqual(ids(3000));
  });

  it("stdout piped to head, stderr the terminal: head's lines are whole, line wrap untouched", async () => {
    const r = await runInPty("suishendai simulate examples/profiles/population.ndjson --lang en | head -3", { shimDir: shim.dir });
    expect(r.code, r.screen).toBe(0);
    expect(r.raw.includes(LINE_WRAP_OFF)).toBe(false);
    // Neither cursor save/restore: the bar must not jump back onto a row head has written since.
    expect(/\x1b[78]/.test(r.raw)).toBe(false);
    expect(shownIds(screenAfter(r.raw))).toEqual(ids(3));
  });

  it("a bad --keep with the bar on: one error line and exit 2 at once, not a hang", async () => {
    const out = join(tmp, "offers.csv");
    const r = await runInPty(`suishendai simulate examples/profiles/population.ndjson --format csv --keep nosuchfield > "${out}"`, { shimDir: shim.dir, timeoutMs: 5000 });
    expect(r.code, r.screen).toBe(2);
    const lines = plain(r.screen).trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: --keep: unknown profile field "nosuchfield"/);
    expect(readFileSync(out, "utf8")).toBe("");
  });

  it("one Ctrl-C while the bar runs ends the process (exit 130)", async () => {
    // stdin a pipe that stays open: the batch waits on it with the bar drawn until Ctrl-C.
    const out = join(tmp, "stopped.ndjson");
    let pressed = false;
    const keys = (type: (text: string) => void, screen: string) => {
      if (pressed || !screen.includes("profiles")) return;
      pressed = true;
      type("\x03");
    };
    const r = await runInPty(`(cat examples/profiles/population.ndjson; sleep 30) | suishendai simulate - > "${out}"`, { shimDir: shim.dir, keys, timeoutMs: 8000 });
    expect(crashLines(r.screen), r.screen).toEqual([]);
    expect(pressed).toBe(true);
    expect(r.code, r.screen).toBe(130);
    expect(r.raw.includes(LINE_WRAP_OFF)).toBe(false);
  });
});
