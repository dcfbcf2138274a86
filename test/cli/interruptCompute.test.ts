import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { Interrupted } from "../../src/app/errors.js";
import type { CliIo } from "../../src/cli/io.js";
import { computeUnlessInterrupted } from "../../src/cli/scorecard/stopChecks.js";
import { BIN, binEnv } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// Ctrl-C while fit or validate compute (after reading, before writing) stops
// them: exit 130, nothing on stdout, --out as it was. The computation is
// synchronous; it runs in steps and the signal is looked at between them.

const root = fileURLToPath(new URL("../..", import.meta.url));
const write = tempWriter("suishendai-interrupt-compute-");
// 60,000 records: seconds of computing, so the signal lands in it. The first has
// an unknown field: its warning is printed once all is read, just before the
// computation starts — the moment to press Ctrl-C, without guessing a delay.
const rows = labelledProfiles(60_000, 5) as Record<string, unknown>[];
const INPUT = write("big.ndjson", `${rows.map((r, i) => JSON.stringify(i === 0 ? { marker: 1, ...r } : r)).join("\n")}\n`);

/** The bin, sent SIGINT as soon as stderr says the input is read. */
function interruptedOnceRead(argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string; sent: boolean }> {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: binEnv() });
  let stdout = "";
  let stderr = "";
  let sent = false;
  child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (!sent && stderr.includes('unknown field "marker"')) sent = child.kill("SIGINT");
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr, sent })));
}

describe("Ctrl-C while fit and validate compute", () => {
  it("fit: exit 130, no report, --out left as it was", async () => {
    const out = write("kept.json", '{"old": true}\n');
    const r = await interruptedOnceRead(["fit", INPUT, "--target", "defaulted", "--out", out]);
    expect(r.sent).toBe(true);
    expect([r.code, r.stdout]).toEqual([130, ""]);
    expect(r.stderr).toMatch(/\ninterrupted; nothing written\n$/);
    expect(readFileSync(out, "utf8")).toBe('{"old": true}\n');
  });

  it("validate: exit 130, no report", async () => {
    const r = await interruptedOnceRead(["validate", INPUT, "--target", "defaulted"]);
    expect(r.sent).toBe(true);
    expect([r.code, r.stdout]).toEqual([130, ""]);
    expect(r.stderr).toMatch(/\ninterrupted; nothing written\n$/);
  });
});

describe("computeUnlessInterrupted", () => {
  const io = (interrupted: () => boolean) => ({ interrupted }) as unknown as CliIo;

  it("runs every step and returns the result when nobody presses Ctrl-C", async () => {
    function* steps() {
      yield;
      yield;
      return 42;
    }
    expect(await computeUnlessInterrupted(io(() => false), steps())).toBe(42);
  });

  it("stops at the end of the step during which Ctrl-C came: no later step runs", async () => {
    const ran: number[] = [];
    let pressed = false;
    function* steps() {
      ran.push(1);
      pressed = true;
      yield;
      ran.push(2);
      yield;
      return 0;
    }
    const error = await computeUnlessInterrupted(io(() => pressed), steps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Interrupted);
    expect(ran).toEqual([1]);
  });

  it("a signal that arrives while a step runs synchronously is seen at the step's end", async () => {
    let pressed = false;
    process.once("SIGUSR2", () => void (pressed = true));
    function* steps() {
      process.kill(process.pid, "SIGUSR2");
      // Busy for a moment, as the fit is: the handler cannot run until the step ends.
      const until = Date.now() + 50;
      while (Date.now() < until);
      yield;
      return "finished";
    }
    const error = await computeUnlessInterrupted(io(() => pressed), steps()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Interrupted);
  });
});
