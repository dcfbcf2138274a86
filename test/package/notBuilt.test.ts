import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The bin without its build (a clone before `npm ci`, or while `npm test` rebuilds dist/):
// one error line and exit 1, never a Node stack trace.
const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "suishendai-nobuild-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bin with no dist/", () => {
  it("says it is not built, in one line, exit 1", () => {
    mkdirSync(join(dir, "bin"));
    for (const f of ["suishendai.js", "package.json"]) copyFileSync(join(root, "bin", f), join(dir, "bin", f));
    const r = spawnSync(process.execPath, [join(dir, "bin", "suishendai.js"), "quote", "10000", "--apr", "12", "--terms", "12"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("error: suishendai is not built here (dist/ is missing or being rebuilt): run npm run build, or try again\n");
  });

  it("the same when the loader is there but the CLI bundles are not (a rebuild half done)", () => {
    mkdirSync(join(dir, "dist", "bin"), { recursive: true });
    copyFileSync(join(root, "dist", "bin", "codeCache.cjs"), join(dir, "dist", "bin", "codeCache.cjs"));
    const r = spawnSync(process.execPath, [join(dir, "bin", "suishendai.js"), "--version"], { encoding: "utf8", env: { ...process.env, SUISHENDAI_CODE_CACHE: "0" } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("error: suishendai is not built here (dist/ is missing or being rebuilt): run npm run build, or try again\n");
  });
});
