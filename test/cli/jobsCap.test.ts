import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { parseJobs } from "../../src/cli/sharedOptions.js";
import { population } from "../portfolio/population.js";
import { runWithFiles } from "./fileIo.js";
import { runBin } from "./runCli.js";
import { tempWriter } from "./tempFiles.js";

// --jobs 64 on 2 cores started 64 worker threads and took 1.3 GB for the same bytes.
const write = tempWriter("suishendai-jobs-cap-");
const profiles = write("profiles.ndjson", `${population(30).join("\n")}\n`);

describe("--jobs is capped at the cores this process may use", () => {
  it("64 on 2 cores: 2 workers and a note; at or under the cores, as asked and no note", () => {
    expect(parseJobs("64", 2)).toEqual({ jobs: 2, note: "note: --jobs 64: 2 cores here, so 2 worker threads (more would only take memory, for the same output)\n" });
    expect(parseJobs("3", 1)).toEqual({ jobs: 1, note: "note: --jobs 3: 1 core here, so 1 worker thread (more would only take memory, for the same output)\n" });
    expect(parseJobs("2", 2)).toEqual({ jobs: 2 });
    expect(parseJobs("1", 8)).toEqual({ jobs: 1 });
    expect(() => parseJobs("65", 2)).toThrow('--jobs: expected a whole number from 1 to 64, got "65"');
  });

  it.each([["simulate"], ["portfolio"]])("%s --jobs 64 on 1 core: the note on stderr, the same bytes as --jobs 1; -q drops the note", async (command) => {
    const extra = command === "portfolio" ? ["--format", "json"] : ["--start", "2026-01-15"];
    const one = await runWithFiles([command, profiles, ...extra, "--jobs", "1"], { cpus: 1 });
    const many = await runWithFiles([command, profiles, ...extra, "--jobs", "64"], { cpus: 1 });
    expect(one.code).toBe(0);
    expect(one.stderr).toBe("");
    expect([many.code, many.stdout]).toEqual([0, one.stdout]);
    expect(many.stderr).toBe("note: --jobs 64: 1 core here, so 1 worker thread (more would only take memory, for the same output)\n");
    const quiet = await runWithFiles(["-q", command, profiles, ...extra, "--jobs", "64"], { cpus: 1 });
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, one.stdout, ""]);
  });

  it("the built binary names this machine's cores (os.availableParallelism) and gives --jobs 1's bytes", () => {
    const cores = availableParallelism();
    const one = runBin(["simulate", profiles, "--start", "2026-01-15", "--jobs", "1"]);
    const many = runBin(["simulate", profiles, "--start", "2026-01-15", "--jobs", "64"]);
    expect([many.code, many.stdout]).toEqual([0, one.stdout]);
    const plural = cores === 1 ? "" : "s";
    expect(many.stderr).toBe(cores >= 64 ? "" : `note: --jobs 64: ${cores} core${plural} here, so ${cores} worker thread${plural} (more would only take memory, for the same output)\n`);
  });
});
