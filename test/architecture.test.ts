import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The layers of docs/architecture.md, checked on the import statements themselves.
const src = fileURLToPath(new URL("../src", import.meta.url));
const IMPORT = /(?:^|\n)\s*(import|export)\s(type\s)?[^;]*?\sfrom\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/**
 * Each file (relative to src, .ts) and what it imports: files inside src, or
 * package names. `runtime` leaves out `import type`, which is erased: such a
 * "cycle" loads nothing twice.
 */
function importGraph(runtime = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, "utf8");
    const specs = [...text.matchAll(IMPORT)].filter((m) => !(runtime && m[2])).map((m) => (m[3] ?? m[4]) as string);
    graph.set(relative(src, file), specs.map((spec) => (spec.startsWith(".") ? relative(src, resolve(dirname(file), spec)).replace(/\.js$/, ".ts") : spec)));
  }
  return graph;
}

const layer = (path: string) => (path.includes("/") ? (path.split("/")[0] as string) : path.replace(/\.ts$/, ""));

/** "a imports b" for every import that breaks `allowed`. */
function violations(graph: Map<string, string[]>, from: string, allowed: (target: string) => boolean): string[] {
  return [...graph].filter(([file]) => layer(file) === from).flatMap(([file, targets]) => targets.filter((t) => !allowed(t)).map((t) => `${file} imports ${t}`));
}

/** One cycle of imports as a path a → b → … → a, or none. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === "done") return undefined;
    if (state.get(file) === "open") return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      const cycle = graph.has(target) ? visit(target) : undefined;
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, "done");
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("architecture", () => {
  const graph = importGraph();

  it("finds the imports it checks (the scan itself works)", () => {
    expect(graph.get("cli/run.ts")).toContain("cli/program.ts");
    expect(graph.get("views/renderView.ts")).toContain("views/quoteTable.ts");
  });

  it("engine imports only engine (and decimal.js, date-fns with its UTCDate, and ml-matrix for the logistic fit and the inverse of its information matrix)", () => {
    expect(violations(graph, "engine", (t) => layer(t) === "engine" || t === "decimal.js" || t.startsWith("date-fns/") || t.startsWith("@date-fns/utc/") || t === "ml-matrix")).toEqual([]);
    expect([...graph].filter(([, targets]) => targets.includes("ml-matrix")).map(([file]) => file).sort()).toEqual(["engine/scorecardFit/logisticFit.ts", "engine/scorecardFit/symmetricInverse.ts"]);
  });

  it("app imports no cli and no views, and no terminal or stream library", () => {
    const outside = ["cli", "views", "library"];
    const packages = ["commander", "chalk", "cli-table3", "cli-progress", "node:stream", "node:process", "node:fs", "node:tty"];
    expect(violations(graph, "app", (t) => !outside.includes(layer(t)) && !packages.includes(t))).toEqual([]);
    const usesProcess = [...graph.keys()].filter((f) => layer(f) === "app" && /\bprocess\.\w/.test(readFileSync(join(src, f), "utf8")));
    expect(usesProcess).toEqual([]);
  });

  it("nothing but the CLI imports the CLI", () => {
    for (const from of ["engine", "app", "policy", "views", "json", "library", "index"]) expect(violations(graph, from, (t) => layer(t) !== "cli")).toEqual([]);
  });

  it("has no import cycle that loads modules", () => {
    expect(findCycle(importGraph(true))).toBeUndefined();
  });

  it("has no cycle of imports at all, type imports included", () => {
    expect(findCycle(graph)).toBeUndefined();
  });
});
