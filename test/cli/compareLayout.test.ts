import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const args = ["compare", "10000", "--offer", "name=a,apr=12,terms=3", "--offer", "name=b,apr=24,terms=3", "--lang", "en"];

describe("compare --layout", () => {
  it("vertical: a block per offer holding the table's cells under its headers", async () => {
    const r = await runCli([...args, "--layout", "vertical"]);
    expect(r.code).toBe(0);
    // 10,000 at 1% a month over 3: PMT factor 0.340022 → 3,400.22; at 2%: 0.346755 → 3,467.55
    expect(r.stdout.startsWith("1. a\n   Method             equal installment\n   Terms              3\n   Amount             10,000.00\n   First payment      3,400.22\n")).toBe(true);
    expect(r.stdout).toContain("\n\n2. b\n   Method             equal installment\n   Terms              3\n   Amount             10,000.00\n   First payment      3,467.55\n");
    expect(r.stdout.endsWith("\nCheapest first by the IRR-annualized rate (simple); total cost = interest + all fees; ⚠ marks a cost above the 24.00% cap\n")).toBe(true);
  });

  it("without a terminal the table stays, byte for byte the --layout table output", async () => {
    const [auto, table] = [await runCli(args, {}, true), await runCli([...args, "--layout", "table"], {}, true)];
    expect(auto.stdout).toBe(table.stdout);
    expect(auto.stdout.startsWith("┌")).toBe(true);
  });

  it.each([
    [["--layout", "wide"], '--layout: expected one of table, vertical, got "wide"'],
    [["--layout", "vertical", "--format", "json"], "--layout: lays out the table format only, not json"],
    [["--layout", "vertical", "--chart"], "--layout: lays out the table format only, not --chart"],
  ])("%j is refused", async (extra, message) => {
    const r = await runCli([...args, ...extra]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: ${message}\n`]);
  });
});
