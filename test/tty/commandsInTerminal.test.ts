import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashLines, makeShim, plain, requireScript, ROOT, runInPty } from "./pty.js";

// Each command's main path in a real terminal (stdin, stdout and stderr all a TTY), the bin
// as built. Commands that read input get an explicit file: in a terminal stdin is the keyboard.
let shim: ReturnType<typeof makeShim>;
let tmp: string;
beforeAll(() => {
  requireScript();
  shim = makeShim();
  tmp = mkdtempSync(join(tmpdir(), "suishendai-pty-out-"));
});
afterAll(() => {
  shim?.dispose();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function ok(command: string): Promise<string> {
  const r = await runInPty(command, { shimDir: shim.dir });
  expect(crashLines(r.screen), r.screen).toEqual([]);
  expect(r.code, r.screen).toBe(0);
  return plain(r.screen);
}

describe("each command in a terminal", () => {
  it("quote: 10,000 at 12% over 12 months pays 888.49 a month", async () => {
    // 888.49: the bank-calculator figure, 10000·0.01·1.01^12/(1.01^12 − 1) = 888.4879 → 888.49
    expect(await ok("suishendai quote 10000 --apr 12 --terms 12")).toContain("888.49");
  });

  it("compare: the preset offers, and one written inline", async () => {
    expect(await ok("suishendai compare 10000 --offers data/presets.json")).toContain("借呗");
    expect(await ok('suishendai compare 10000 --offer "name=card,method=flat-fee,fee-rate=0.6,terms=12"')).toContain("card");
  });

  it("simulate: one profile as a table", async () => {
    expect(await ok("suishendai simulate examples/profiles/typical.json --lang en")).toContain("Profile typical");
  });

  it("simulate: a 3,000-profile batch to a file, the progress bar on the terminal", async () => {
    // stderr stays the terminal, so the progress bar runs (it crashed in the bundle once).
    const out = join(tmp, "offers.ndjson");
    await ok(`suishendai simulate examples/profiles/population.ndjson > "${out}"`);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(3000); // population.ndjson holds 3,000 profiles
    expect(lines.every((l) => typeof JSON.parse(l).decision === "string")).toBe(true);
  });

  it("policy: the built-in policy as JSON", async () => {
    expect(await ok("suishendai policy")).toContain('"bands"');
  });

  it("completion bash: a script bash can load", async () => {
    expect(await ok("suishendai completion bash")).toContain("complete ");
  });

  it.each([["suishendai --help"], ["suishendai -h"], ["suishendai help"], ["suishendai help quote"], ["suishendai quote --help"], ["suishendai compare --help"], ["suishendai simulate --help"], ["suishendai policy --help"], ["suishendai completion --help"]])(
    "help: %s",
    async (command) => {
      expect(await ok(command)).toContain("Usage: suishendai");
    },
  );

  it("help on a command that does not exist: one error line, exit 2", async () => {
    const r = await runInPty("suishendai help nosuch", { shimDir: shim.dir });
    expect(plain(r.screen).trim()).toBe("error: unknown command 'nosuch' (commands: quote, compare, simulate, policy, portfolio, merge, fit, validate, completion, help)");
    expect(r.code).toBe(2);
  });

  it("simulate with no file waits on the keyboard, and Ctrl-C ends it with 130", async () => {
    // Ctrl-C is pressed until the program has gone: the first one may land before node listens.
    const r = await runInPty("suishendai simulate", { shimDir: shim.dir, keys: (type) => type("\x03") });
    expect(crashLines(r.screen), r.screen).toEqual([]);
    expect(r.code, r.screen).toBe(130);
  });

  it("simulate on the keyboard says how to end the input and draws no bar over the typing", async () => {
    // Type one profile and end the input with Ctrl-D once the prompt has had time to appear.
    let ticks = 0;
    const profile = '{"id":"k","invited":true,"age":30,"monthlyIncome":10000,"zhimaScore":700}';
    const r = await runInPty("suishendai simulate --lang en", { shimDir: shim.dir, keys: (type) => void (++ticks === 3 && type(`${profile}\n\x04`)) });
    const screen = plain(r.screen);
    expect(screen).toContain("reading profiles (JSON, one per line) from the keyboard: Ctrl-D ends the input, Ctrl-C stops");
    expect(screen).not.toContain("simulate 0 profiles");
    expect(screen).toContain("Profile k:");
    expect(r.code, r.screen).toBe(0);
  });

  it("Ctrl-C during a batch on worker threads stops it once, with whole lines, and gives the terminal back", async () => {
    // 120,000 profiles (≈ 42 MB, above the size where workers start): a few seconds of work.
    const one = readFileSync(join(ROOT, "examples/profiles/population.ndjson"), "utf8");
    const big = join(tmp, "big.ndjson");
    writeFileSync(big, one.repeat(40));
    const out = join(tmp, "big-out.ndjson");
    let pressed = false;
    // One press, once the progress bar shows: node listens by then, and the batch is running.
    const keys = (type: (text: string) => void, screen: string) => {
      if (!pressed && / profiles · /.test(screen)) (pressed = true), type("\x03");
    };
    const r = await runInPty(`suishendai simulate ${big} --jobs 2 > ${out}`, { shimDir: shim.dir, keys });
    expect(crashLines(r.screen), r.screen).toEqual([]);
    expect(r.code, r.screen).toBe(130);
    expect(plain(r.screen)).toMatch(/interrupted after \d+ record\(s\); every line written is whole/);
    // The bar hides the cursor (and may turn off line wrapping): both must come back.
    const last = (code: string) => r.screen.lastIndexOf(code);
    if (last("\x1b[?25l") >= 0) expect(last("\x1b[?25h")).toBeGreaterThan(last("\x1b[?25l"));
    if (last("\x1b[?7l") >= 0) expect(last("\x1b[?7h")).toBeGreaterThan(last("\x1b[?7l"));
    const lines = readFileSync(out, "utf8");
    expect(lines.endsWith("\n")).toBe(true);
    const count = lines.split("\n").length - 1;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(120_000);
    for (const line of lines.trimEnd().split("\n").slice(-3)) expect(() => JSON.parse(line)).not.toThrow();
  });
});
