import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runFingerprint } from "../../src/app/portfolio/partFile.js";
import { canonicalJson } from "../../src/json/canonicalJson.js";
import { runCli } from "../cli/runCli.js";
import { tempWriter } from "../cli/tempFiles.js";
import { population } from "../portfolio/population.js";

// A part edited anywhere and sealed again (fingerprint and checksum recomputed,
// as anyone can): merge answers or refuses it in one usage line, never crashes.
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const write = tempWriter("suishendai-fuzz-part-");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside the part (objects and lists included). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value) ? value.flatMap((v, i) => paths(v, [...at, i])) : typeof value === "object" && value !== null ? Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k])) : [];
  return [at, ...inner];
}

function sealed(part: { [key: string]: Json }): string {
  const body: { [key: string]: Json } = { ...part };
  delete body.checksum;
  body.fingerprint = runFingerprint({ setup: body.setup as never, policies: body.policies as never, set: body.set as never });
  return JSON.stringify({ ...body, checksum: createHash("sha256").update(canonicalJson(body)).digest("hex") });
}

const replacement = fc.constantFrom<Json>("-1", "0", "1", "2", "x", "", "1e3", "99999999999999999999999999999999999999999", 0, 1, -1, 1.5, 1e300, null, true, [], {}, ["0"], { a: "0" }, "__proto__", "constructor");

describe("merge of a resealed part with one value replaced", async () => {
  const champion = (await runCli(["portfolio", write("p.ndjson", `${population(40).join("\n")}\n`), "--partial", "--runs", "2", "--shard", "1/1"])).stdout;
  const challenger = (await runCli(["portfolio", write("c.ndjson", `${population(40).join("\n")}\n`), "--partial", "--challenger", "data/default-policy.json"])).stdout;

  it(`answers or refuses in one line (${RUNS} cases)`, async () => {
    const failures: string[] = [];
    const cases = fc.sample(fc.tuple(fc.boolean(), fc.nat(), replacement, fc.boolean()), { numRuns: RUNS, seed: SEED });
    for (const [withChallenger, pick, value, remove] of cases) {
      const part = JSON.parse(withChallenger ? challenger : champion) as { [key: string]: Json };
      const all = paths(part).filter((p) => p.length > 0 && p[0] !== "checksum" && p[0] !== "fingerprint");
      const path = all[pick % all.length] as (string | number)[];
      const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as { [key: string]: Json })[k] as Json, part) as { [key: string]: Json };
      const key = path.at(-1) as string;
      if (remove && !Array.isArray(parent)) delete parent[key];
      else parent[key] = value;
      const file = write("edited.part.json", sealed(part));
      const r = await runCli(["merge", file, "--format", "json"]);
      const ok = r.code === 0 ? r.stderr === "" || /^(error: .*line \d+ .*\n)+error: \d+ invalid/.test(r.stderr) : r.code === 2 && r.stdout === "" && /^error: merge: [^\n]+\n$/.test(r.stderr);
      if (!ok || /unexpected|BigInt|undefined|NaN/.test(r.stderr)) failures.push(`${JSON.stringify(path)} = ${JSON.stringify(remove ? "(removed)" : value)}: exit ${r.code} ${r.stderr.slice(0, 300)}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
