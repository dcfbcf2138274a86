import { describe, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

// CSV holds one schedule; a prepayment or a late installment would be dropped.
describe("--format csv refuses what it cannot write", () => {
  it.each([
    ["--prepay", ["--prepay", "4:3000"]],
    ["--prepay-on", ["--prepay-on", "2026-03-01:1000"]],
    ["--overdue", ["--overdue", "3:10"]],
  ])("%s", async (option, extra) => {
    const r = await runCli(["quote", "10000", "--apr", "12", "--start", "2026-01-15", "--format", "csv", ...extra]);
    expectUsageError(r, new RegExp(`^error: --format csv: writes the schedule only, not ${option}; use --format table or json\\n$`));
  });
});
