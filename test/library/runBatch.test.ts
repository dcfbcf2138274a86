import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeQuoteReport, runBatch } from "../../src/index.js";
import { runCli } from "../cli/runCli.js";

const typical = JSON.stringify(JSON.parse(readFileSync(new URL("../../examples/profiles/typical.json", import.meta.url), "utf8")));
// A second record the policy cannot read: age is not a number (its contract: "field age: …").
const input = `${typical}\n{"id":"bad","invited":true,"age":"thirty"}\n`;

describe("the library's runBatch", () => {
  it("turns two records into two lines, in order, the bad one replaced by its error record", async () => {
    const out = await runBatch(input, { start: "2026-01-15" });
    const [first, second, rest] = out.lines.split("\n");
    // Score 612 and limit 19000.00: the figures test/package/install.test.ts publishes for typical.json.
    expect(JSON.parse(first as string)).toMatchObject({ id: "typical", score: 612, limit: "19000.00" });
    expect(JSON.parse(second as string)).toMatchObject({ line: 2, id: "bad" });
    expect(JSON.parse(second as string).error).toMatch(/^field age: /);
    expect(rest).toBe("");
    expect([out.count, out.invalid, out.summary.records, out.summary.invalid]).toEqual([2, 1, 2, 1]);
  });

  it("writes the same lines as `suishendai simulate` on the same input", async () => {
    const cli = await runCli(["simulate", "-", "--start", "2026-01-15"], {}, false, input);
    const lines: string[] = [];
    const out = await runBatch(input, { start: "2026-01-15", write: (text) => void lines.push(text) });
    expect(out.lines).toBe("");
    expect(lines.join("")).toBe(cli.stdout);
  });

  it("gives a library user the quote use case the CLI runs", () => {
    // 10,000 at 12% over 12 months: 888.49 a month, 661.86 interest (any PMT table; install.test.ts).
    const report = computeQuoteReport({ input: { amount: "10000", apr: "12", terms: 12, start: "2026-01-15" }, prepay: [{ afterPeriod: 6 }] });
    expect([report.quote.schedule[0]?.payment.toFixed(2), report.quote.totals.interest.toFixed(2)]).toEqual(["888.49", "661.86"]);
    expect(report.prepayment?.afterPeriod).toBe(6);
  });
});
