import { describe, expect, it } from "vitest";
import { runWithFiles } from "../cli/fileIo.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "./population.js";

const write = tempWriter("suishendai-jobs-");
const small = write("small.ndjson", `${population(40).join("\n")}\n`);

describe("portfolio runs in one thread unless --jobs asks for workers", () => {
  it("an input that says it is 50 MB, on 4 cores, without --jobs: no worker is started (in-process there is no worker file to start)", async () => {
    const { code, stdout, stderr } = await runWithFiles(["portfolio", small, "--format", "json"], { cpus: 4, size: 50_000_000 });
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
