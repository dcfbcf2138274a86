import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runBin, runCli } from "./runCli.js";

const profile = (id: number) => JSON.stringify({ id, invited: true, age: 30, monthlyIncome: 10000, zhimaScore: 700, spend12m: 20000, accountAgeMonths: 40, orders12m: 100 });
const dir = mkdtempSync(join(tmpdir(), "suishendai-io-"));

describe("I/O faults: one clear line, exit 1", () => {
  it.each([
    ["a missing file", [join(dir, "nope.ndjson")], /^error: input: cannot read .*nope\.ndjson: no such file\n$/],
    ["a directory", [dir], /^error: input: cannot read .*: it is a directory\n$/],
    // As root every file is readable; /proc/self/mem opens and then fails on read.
    ["a file that fails when read", ["/proc/self/mem"], /^error: input: read error in \/proc\/self\/mem after 0 record\(s\): .+\n$/],
  ])("%s (the real binary)", (_name, args, message) => {
    const r = runBin(["simulate", ...args]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toMatch(message);
  });

  it("a read error mid-stream keeps every record read so far, whole", async () => {
    const source = async function* () {
      yield `${profile(1)}\n${profile(2)}\n`;
      yield `${profile(3)}\n{"id": 4, "inv`;
      throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    };
    const r = await runCli(["simulate", "-"], {}, false, source);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual([1, 2, 3]);
    expect(r.stderr).toBe("error: input: read error in stdin after 3 record(s): EIO: i/o error, read\n");
  });
});

describe("Ctrl-C during a batch", () => {
  it("stops cleanly with whole lines and exit 130", async () => {
    const child = spawn(process.execPath, [BIN, "simulate", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const block = Array.from({ length: 2000 }, (_, i) => profile(i)).join("\n") + "\n";
    // The child may exit before it has read all of stdin: our write then fails
    // with EPIPE, which is expected here and must not become an unhandled error.
    child.stdin.on("error", () => {});
    child.stdout.on("error", () => {});
    child.stderr.on("error", () => {});
    child.stdin.write(block);
    // Wait for output, then interrupt while stdin is still open (the batch is mid-way).
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(out.endsWith("\n")).toBe(true);
    for (const line of out.trimEnd().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
    expect(err).toMatch(/^interrupted after \d+ record\(s\); every line written is whole\n$/);
  });
});
