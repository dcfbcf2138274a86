import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli/runCli.js";

// The README and docs/ are what a clone has: no pointer outside it, every link resolves, and
// docs/json.md names every field the commands really write.
const root = fileURLToPath(new URL("..", import.meta.url));
const pages = ["README.md", "docs/conventions.md", "docs/json.md", "docs/policy.md", "docs/architecture.md", "docs/fit.md", "docs/portfolio.md", "docs/guide.md", "docs/cli.md", "docs/benchmarks.md"];
const read = (page: string) => readFileSync(join(root, page), "utf8");

/** Every key of a JSON value, however deep. */
function keys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keys(v, into));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keys(v, into);
    }
  }
  return into;
}

describe("README and docs/", () => {
  // docs/architecture.md is for contributors: checked here, linked from the README when the lead merges the docs.
  it.each(pages)("%s points nowhere outside the repository, and its links resolve", (page) => {
    const text = read(page);
    expect(text).not.toMatch(/\.\.\/shared|notes of the issues/);
    const links = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? "").filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) expect(existsSync(join(root, dirname(page), link)), `${page} → ${link}`).toBe(true);
  });

  it("the README links every page of docs/", () => {
    const all = readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
    expect([...all].sort()).toEqual([...pages.slice(1)].sort());
    for (const page of pages.slice(1)) expect(read("README.md")).toContain(`](${page})`);
  });

  it("the README is a front door: at most 250 lines, the command reference and the benchmark runs live in docs/", () => {
    const readme = read("README.md");
    expect(readme.split("\n").length).toBeLessThanOrEqual(250);
    expect(readme).not.toMatch(/^\| `--/m); // no option table: docs/cli.md is the reference
    expect(readme).not.toContain("Last run (");
    expect(read("docs/benchmarks.md")).toContain("Last run (");
  });

  it("docs/json.md names every field that quote, compare, simulate and the summary write", async () => {
    const doc = read("docs/json.md");
    const tmp = mkdtempSync(join(tmpdir(), "suishendai-docs-"));
    const mixed = join(tmp, "mixed.ndjson");
    writeFileSync(mixed, `{"id":"x","age":"abc"}\n${JSON.stringify(JSON.parse(read("examples/profiles/typical.json")))}\n`);
    // in-process: the fields are the same as the built bin's (test/cli/bin.test.ts runs the bin itself)
    const argvs = [
      ["quote", "10000", "--apr", "12", "--upfront-fee", "100", "--monthly-fee", "10", "--prepay", "4:2000", "--overdue", "3:10", "--json"],
      ["quote", "1000", "--product", "none", "--method", "flat-fee", "--total-fee-rate", "4.5", "--terms", "6", "--json"],
      ["quote", "10000", "--apr", "12", "--due-day", "10", "--prepay", "3:2000", "--prepay-on", "2026-08-20:1000:reduce-payment", "--prepay-fee", "1%", "--json"],
      ["quote", "1200", "--product", "none", "--method", "flat-fee", "--fee-rate", "0.6", "--fee-residual", "last", "--prepay", "4", "--json"],
      ["quote", "10000", "--product", "none", "--method", "bullet", "--apr", "10.8", "--json"],
      ["compare", "10000", "--offers", "data/presets.json", "--json"],
      ["simulate", "examples/profiles/typical.json", "--explain", "--json"], // with its requested quote
      ["simulate", "examples/profiles/typical.json", "--set", "request.terms=24", "--json"], // requestDeclined
    ];
    const runs = [];
    for (const argv of argvs) runs.push(await runCli([...argv, "--start", "2026-01-15"]));
    const batch = await runCli(["simulate", mixed, "--summary", "--summary-format", "json"]); // an error record, then an offer
    rmSync(tmp, { recursive: true, force: true });
    expect([...runs.map((r) => r.code), batch.code]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const values = [...runs.map((r) => r.stdout), ...batch.stdout.trim().split("\n"), ...batch.stderr.split("\n").filter((l) => l.startsWith("{"))].map((t) => JSON.parse(t) as unknown);
    // keys that are data, not fields: decisions and codes counted in the summary
    const fields = new Set(values.flatMap((v) => [...keys(v)]).filter((k) => !/^(KO|DEC|PRC|LIM)\d\d$|^(approved|declined|not_invited)$/.test(k)));
    expect(fields.has("requestDeclined") && fields.has("error") && fields.has("expectedLossShare")).toBe(true);
    for (const field of fields) expect(doc, field).toContain(`\`${field}\``);
  });
});
