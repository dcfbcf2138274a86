import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("examples/ scripts still run", () => {
  it("quote-terms.sh prints the first installment for 3, 6, 9 and 12 terms", () => {
    const r = spawnSync("sh", ["examples/quote-terms.sh"], { cwd: root, encoding: "utf8" });
    // Excel PMT(1%, n, -10000) rounded: 3400.22, 1725.48, 1167.40, 888.49.
    expect(r.stdout).toBe("3 terms: 3400.22\n6 terms: 1725.48\n9 terms: 1167.40\n12 terms: 888.49\n");
  });
});
