import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs example script, without types
import { labelledProfiles } from "../../examples/generate-labelled.mjs";
import { seededDraws } from "../../examples/seededDraws.mjs";
import { BIN, binEnv } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "../portfolio/population.js";

// kill -9 at seeded points of every writer (fit --out, portfolio --outcomes,
// portfolio --partial --out): the target is always the old file or the
// complete new one, never a third. A killed writer may leave its temporary
// (.NAME.PID.RANDOM.tmp); the next write of that file removes it.
// npm run test:slow kills each writer a few times; `npm run fuzz` (FUZZ_RUNS) many more.

const KILLS = process.env.FUZZ_RUNS ? 20 : 2;
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const root = fileURLToPath(new URL("../..", import.meta.url));
const write = tempWriter("suishendai-kill-writers-");
const ndjson = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const LABELLED = write("lab.ndjson", ndjson(labelledProfiles(1500, 9)));
const POPULATION = write("pop.ndjson", `${population(2000).join("\n")}\n`);
const OLD = '{"old": "the file that was there"}\n';

/** Starts the bin; kills it with SIGKILL after `delay` ms (never, when undefined); resolves with its pid, once it has ended. */
function runKilled(argv: readonly string[], delay?: number, whenStarted?: (pid: number) => () => boolean): Promise<{ pid: number; code: number | null }> {
  const child = spawn(process.execPath, [BIN, ...argv], { cwd: root, stdio: "ignore", env: binEnv() });
  const pid = child.pid as number;
  const timer = delay === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), delay);
  const ready = whenStarted?.(pid);
  const poll = ready ? setInterval(() => ready() && child.kill("SIGKILL"), 2) : undefined;
  return new Promise((resolve) => child.on("close", (code) => {
    clearTimeout(timer);
    clearInterval(poll);
    resolve({ pid, code });
  }));
}

const temps = (target: string) => readdirSync(dirname(target)).filter((f) => f.startsWith(`.${target.split("/").at(-1) as string}.`));

const WRITERS: [string, (target: string) => string[]][] = [
  ["fit --out", (target) => ["fit", LABELLED, "--target", "defaulted", "-q", "--out", target]],
  ["portfolio --outcomes", (target) => ["portfolio", POPULATION, "-q", "--outcomes", target]],
  ["portfolio --partial --out", (target) => ["portfolio", POPULATION, "-q", "--partial", "--out", target]],
];

describe("kill -9 at any point of a writer leaves the old file or the new one", () => {
  it.each(WRITERS)("%s", async (name, argv) => {
    const dir = join(dirname(LABELLED), name.replace(/\W+/g, "-"));
    mkdirSync(dir);
    const target = join(dir, "target");
    const started = Date.now();
    expect((await runKilled(argv(target))).code).toBe(0);
    const duration = Date.now() - started;
    const NEW = readFileSync(target, "utf8");
    const { random } = seededDraws(SEED + name.length);
    const killed: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      writeFileSync(target, OLD);
      const delay = Math.floor((random() as number) * duration * 1.1);
      const { pid } = await runKilled(argv(target), delay);
      killed.push(pid);
      const now = readFileSync(target, "utf8");
      expect(now === OLD || now === NEW, `killed after ${delay} ms of ${duration}: ${now.length} bytes, neither old nor new`).toBe(true);
      // Only the killed writers' temporaries may be there.
      for (const temp of temps(target)) expect(killed.some((p) => temp.startsWith(`.target.${p}.`)), temp).toBe(true);
    }
    // The next complete write puts the new file in place and removes what the killed ones left.
    expect((await runKilled(argv(target))).code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(NEW);
    expect(temps(target)).toEqual([]);
  });

  it("killed while --outcomes streams into its temporary: the old file whole, the temporary removed by the next run", async () => {
    const dir = join(dirname(LABELLED), "streaming");
    mkdirSync(dir);
    const target = join(dir, "loans.ndjson");
    writeFileSync(target, OLD);
    // Killed as soon as its temporary is seen, without guessing a delay.
    const { pid } = await runKilled(["portfolio", POPULATION, "-q", "--outcomes", target], undefined, () => () => temps(target).length > 0);
    expect(readFileSync(target, "utf8")).toBe(OLD);
    expect(temps(target)).toEqual([expect.stringMatching(new RegExp(`^\\.loans\\.ndjson\\.${pid}\\.[0-9a-f]{8}\\.tmp$`))]);
    expect((await runKilled(["portfolio", POPULATION, "-q", "--outcomes", target])).code).toBe(0);
    expect(readFileSync(target, "utf8")).not.toBe(OLD);
    expect(temps(target)).toEqual([]);
  });
});
