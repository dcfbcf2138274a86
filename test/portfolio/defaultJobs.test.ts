import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-jobs-");
const small = write("small.ndjson", `${population(40).join("\n")}\n`);

describe("portfolio runs in one thread unless --jobs asks for workers", () => {
  it("an input that says it is 50 MB, on 4 cores, without --jobs: no worker is started (in-process there is no worker file to start)", async () => {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdout: (t) => void (stdout += t), writeOut: async (t) => void (stdout += t), stderr: (t) => void (stderr += t),
      env: {}, stdoutIsTTY: false, stderrIsTTY: false, stdinIsTTY: false, cpus: 4, today: () => "2026-01-15",
      readText: (path) => readFile(path, "utf8"), interrupted: () => false,
      openInput: async (path) => ({ chunks: createReadStream(path), size: 50_000_000 }),
    };
    const code = await run(["portfolio", small, "--format", "json"], io);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const whole = await runCli(["portfolio", small, "--format", "json"]);
    expect(stdout).toBe(whole.stdout);
  });

  it("the help says so", async () => {
    const help = (await runCli(["portfolio", "--help"])).stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/--jobs <n> worker threads \(default 1/);
  });
});
