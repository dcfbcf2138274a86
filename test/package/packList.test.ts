import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// What `npm pack` would ship (npm test builds dist/ first): the bin, its bundle, the library the
// exports map opens, the runtime data, the schemas, and the papers — nothing else.
const root = fileURLToPath(new URL("../..", import.meta.url));
const packed = (JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts", "--loglevel=error"], { cwd: root, encoding: "utf8" })) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
const shipped = new Set(packed);

/** Every file reachable from `entry` by relative imports (static, dynamic, `import type`, `export … from`). */
function reachable(entry: string, into = new Set<string>()): Set<string> {
  if (into.has(entry)) return into;
  into.add(entry);
  const text = readFileSync(join(root, entry), "utf8");
  for (const m of text.matchAll(/(?:from|import|require)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = relative(root, join(root, dirname(entry), m[1] as string));
    reachable(target, into);
  }
  return into;
}

describe("npm pack --dry-run", () => {
  it("lists the bin, dist/ without dist/cli, data/, schema/, README, CHANGELOG, LICENSE and package.json only", () => {
    const top = new Set(packed.map((p) => (p.startsWith("dist/") ? p.split("/").slice(0, 2).join("/") : p.split("/")[0])));
    expect([...top].sort()).toEqual(
      ["CHANGELOG.md", "LICENSE", "README.md", "bin", "data", "dist/app", "dist/bin", "dist/engine", "dist/index.d.ts", "dist/index.js", "dist/json", "dist/library", "dist/policy", "dist/views", "package.json", "schema"].sort(),
    );
    expect(packed.filter((p) => p.startsWith("data/")).sort()).toEqual(["data/default-policy.json", "data/default-world.json", "data/presets.json"]);
  });

  it("ships every file the bin, its workers and the library load", () => {
    const entries = ["bin/suishendai.js", "dist/bin/codeCache.cjs", "dist/bin/suishendai.cjs", "dist/bin/suishendai.mjs", "dist/bin/simulateWorker.mjs", "dist/bin/portfolioWorker.mjs", "dist/index.js", "dist/index.d.ts"];
    const needed = new Set(entries.flatMap((e) => [...reachable(e)]));
    expect(needed.size).toBeGreaterThan(150); // the walk found the graph, not just the entries
    expect([...needed].filter((p) => !shipped.has(p))).toEqual([]);
    // a type the library declares comes with its declarations
    for (const p of [...reachable("dist/index.d.ts")]) expect(shipped.has(p.endsWith(".d.ts") ? p : p.replace(/\.js$/, ".d.ts")), p).toBe(true);
  });

  it("ships nothing of src/, test/, examples/, dist/cli/ (the bundle in dist/bin/ replaces it) or node_modules", () => {
    expect(packed.filter((p) => /^(src|test|examples|scripts|bench|docs|dist\/cli)\/|node_modules/.test(p))).toEqual([]);
  });

  it("leaves out the folders of dist/ only the CLI uses (the bundle has them): the library reaches none of their files", () => {
    const cliOnly = ["dist/app/portfolio/", "dist/app/scorecard/", "dist/engine/scorecardFit/", "dist/engine/world/"];
    expect(packed.filter((p) => cliOnly.some((dir) => p.startsWith(dir)))).toEqual([]);
    const library = [...reachable("dist/index.js"), ...reachable("dist/index.d.ts")];
    expect(library.filter((p) => cliOnly.some((dir) => p.startsWith(dir)))).toEqual([]);
  });
});
