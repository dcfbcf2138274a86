import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/runCli.js";
import { compareArgs, policyMutation, quoteArgs, simulateCase, simulateInput } from "./generators.js";
import { brokenRule } from "./rules.js";

// npm run test:slow runs a sample; `npm run fuzz` sets FUZZ_RUNS=10000 and more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const tally = { ran: 0, failed: 0, failures: [] as string[] };

/** Runs one case and records whether it broke a rule. */
async function check(argv: string[], stdin?: string | (() => AsyncIterable<Uint8Array>)): Promise<string | undefined> {
  const r = await runCli(argv, { LANG: "C" }, false, stdin ?? "");
  tally.ran++;
  const broken = brokenRule(r, argv, typeof stdin === "string" ? stdin : "");
  if (broken) {
    tally.failed++;
    const failure = `${JSON.stringify(argv)} stdin=${JSON.stringify(typeof stdin === "string" ? stdin.slice(0, 200) : "<bytes>")}: ${broken}`;
    if (tally.failures.length < 20) tally.failures.push(failure);
    return failure;
  }
  return undefined;
}

/** Runs every case of a kind, then fails once listing what broke (not at the first). */
async function fuzz<T>(cases: readonly T[], run: (c: T) => Promise<string | undefined>): Promise<void> {
  const failures: string[] = [];
  for (const c of cases) {
    const failure = await run(c);
    if (failure) failures.push(failure);
  }
  expect(failures.slice(0, 5)).toEqual([]);
}

afterAll(() => {
  console.log(`fuzz: ${tally.ran} cases ran, ${tally.failed} failed${tally.failures.length ? `\n${tally.failures.join("\n")}` : ""}`);
});

describe(`fuzzing the real commands in-process (${RUNS} cases each kind, seed ${SEED})`, () => {
  it("quote with odd numbers, unknown and repeated flags", async () => {
    await fuzz(fc.sample(quoteArgs, { numRuns: RUNS, seed: SEED }), (argv) => check(argv));
  });

  it("compare with malformed offers", async () => {
    await fuzz(fc.sample(compareArgs, { numRuns: RUNS, seed: SEED + 1 }), (argv) => check(argv));
  });

  it("simulate with odd profiles, overrides and lines", async () => {
    await fuzz(fc.sample(simulateCase, { numRuns: RUNS, seed: SEED + 2 }), ({ argv, stdin }) => check(argv, stdin));
  });

  it("simulate with hostile records as a JSON array, and in chunks of 7 bytes", async () => {
    await fuzz(fc.sample(simulateInput, { numRuns: Math.ceil(RUNS / 4), seed: SEED + 4 }), async (lines) => {
      const array = await check(["simulate", "-"], `[${lines.filter((l) => l.trim() !== "").join(",\n")}]`);
      const bytes = new TextEncoder().encode(lines.join("\n"));
      const chunked = async function* () {
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      };
      return array ?? (bytes.length < 100_000 ? check(["simulate", "-", "--strict"], chunked) : undefined);
    });
  });

  it("simulate under broken policies", async () => {
    const policy = JSON.parse((await runCli(["policy"])).stdout) as Record<string, unknown>;
    const dir = mkdtempSync(join(tmpdir(), "suishendai-fuzz-"));
    const profile = '{"invited":true,"age":30,"monthlyIncome":10000,"zhimaScore":700,"spend12m":20000,"accountAgeMonths":40,"orders12m":100}';
    let i = 0;
    await fuzz(fc.sample(policyMutation(policy), { numRuns: Math.ceil(RUNS / 2), seed: SEED + 3 }), (text) => {
      const file = join(dir, `p${i++}.json`);
      writeFileSync(file, text);
      return check(["simulate", "-", "--policy", file, "--format", "json"], profile);
    });
  });

  it("invalid UTF-8 and a 10 MB single line", async () => {
    const bytes = async function* () {
      yield new Uint8Array([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d, 0x0a]); // {"id":"\xff\xfe\xc3"}
      yield new TextEncoder().encode('{"invited":true,"age":30,"monthlyIncome":1}\n');
    };
    expect(await check(["simulate", "-"], bytes)).toBeUndefined();
    const huge = `{"invited":true,"age":30,"monthlyIncome":1,"note":"${"x".repeat(10 * 1024 * 1024)}"}`;
    expect(await check(["simulate", "-", "--format", "json"], huge)).toBeUndefined();
    expect(await check(["simulate", "-"], `${huge}\n${huge.slice(0, -2)}\n`)).toBeUndefined();
  });
});
