import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// The package as users get it: `npm pack`, installed into a fresh prefix, and
// imported from a plain TypeScript consumer compiled against the packed types.
const root = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "suishendai-pack-"));
const npm = (args: string[], cwd: string) => execFileSync("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });
let tarball = "";

beforeAll(() => {
  // npm run test:slow has just built dist/; packing need not run the build again.
  npm(["pack", "--ignore-scripts", "--pack-destination", work], root);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith(".tgz")) ?? "");
}, 120_000);

describe("npm pack → install", () => {
  it("holds only what is needed", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).toContain("package/bin/suishendai.js");
    expect(files).toContain("package/data/default-policy.json");
    expect(files).toContain("package/LICENSE");
    expect(files.some((f) => f.startsWith("package/test/") || f.startsWith("package/src/") || f.startsWith("package/dist/cli/") || f.includes("node_modules"))).toBe(false);
  });

  it("installs globally into a fresh prefix and runs", () => {
    const prefix = join(work, "prefix");
    npm(["install", "-g", tarball, "--prefix", prefix], work);
    const bin = join(prefix, "bin", "suishendai");
    const q = JSON.parse(execFileSync(bin, ["quote", "10000", "--apr", "12", "--terms", "12", "--format", "json"], { encoding: "utf8" }));
    expect([q.schedule[0].payment, q.totals.interest]).toEqual(["888.49", "661.86"]);
    const o = JSON.parse(execFileSync(bin, ["simulate", join(root, "examples/profiles/typical.json"), "--json"], { encoding: "utf8" }));
    expect([o.score, o.limit]).toEqual([612, "19000.00"]);
    // data/ travels with the bin: the presets and the default world are read from the installed package
    const presets = JSON.parse(execFileSync(bin, ["compare", "--list-presets", "--json"], { encoding: "utf8" }));
    expect(presets[0].id).toBe("suishendai-floor");
    const book = JSON.parse(execFileSync(bin, ["portfolio", join(root, "examples/profiles/typical.json"), "--runs", "2", "--format", "json"], { encoding: "utf8" }));
    expect([book.world, book.books[0].policy]).toEqual(["default world", "suishendai default policy v1"]);
  }, 120_000);

  it("types a plain TypeScript consumer and runs it", () => {
    const app = join(work, "consumer");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    npm(["install", tarball], app);
    writeFileSync(
      join(app, "index.ts"),
      `import { quote, simulate, defaultPolicy, toProfile, type Quote, type Offer } from "suishendai";
const q: Quote = quote({ amount: "10000", apr: "12", terms: 12, start: "2026-01-15" });
const o: Offer = simulate(toProfile({ invited: true, age: 30, monthlyIncome: 10000 }), defaultPolicy().policy, "2026-01-15");
try {
  // @ts-expect-error terms must be a number: the packed types say so
  quote({ amount: "1", apr: "1", terms: "12", start: "2026-01-15" });
} catch {
  // and at run time the engine refuses it
}
console.log(q.schedule[0]?.payment.toFixed(2), o.decision);
`,
    );
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, outDir: "out", skipLibCheck: true }, files: ["index.ts"] }));
    const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", app], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(execFileSync(process.execPath, [join(app, "out/index.js")], { encoding: "utf8" }).trim()).toBe("888.49 declined");
  }, 120_000);
});
