import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toProfile } from "../src/policy/toProfile.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const generate = (args: string[]) => spawnSync(process.execPath, ["examples/generate-labelled.mjs", ...args], { cwd: root, encoding: "utf8" });

describe("generate-labelled.mjs", () => {
  it("writes the same bytes for one count and seed: valid profiles, each with defaulted 0 or 1", () => {
    const a = generate(["--count", "200", "--seed", "3"]);
    const b = generate(["--seed", "3", "--count", "200"]);
    expect([a.status, a.stderr]).toEqual([0, ""]);
    expect(b.stdout).toBe(a.stdout);
    const rows = a.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(200);
    for (const row of rows) {
      expect([0, 1]).toContain(row.defaulted);
      expect(() => toProfile(row)).not.toThrow();
    }
    expect(generate(["--count", "200", "--seed", "4"]).stdout).not.toBe(a.stdout);
  });

  it.each([[["--count"]], [["--count", "-1"]], [["--seed", "x"]], [["--rows", "5"]]])("%j: one error line, exit 2, no profiles", (args) => {
    const r = generate(args);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^error: .*usage: /)]);
    expect(r.status).toBe(2);
  });
});
