import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seededDraws } from "../../examples/seededDraws.mjs";

const EXAMPLE = fileURLToPath(new URL("../../examples/profiles/population.ndjson", import.meta.url));

/** `count` profiles: examples/profiles/population.ndjson repeated, each with its own id p0, p1, … */
export function population(count: number): string[] {
  const base = readFileSync(EXAMPLE, "utf8").trimEnd().split("\n");
  return Array.from({ length: count }, (_, i) => JSON.stringify({ ...JSON.parse(base[i % base.length] as string), id: `p${i}` }));
}

/** The lines in a seeded random order (mulberry32 and Fisher–Yates: the same order every run). */
export function shuffled<T>(lines: readonly T[], seed: number): T[] {
  const { random } = seededDraws(seed);
  const out = [...lines];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
