import { describe, it } from "vitest";
import { runCli } from "./runCli.js";
import { expectUsageError } from "./usageLine.js";

// The rules of which rate and fee fields a method takes live in the engine
// (checkLoanTerms); the CLI only names the fields as the user typed them.
describe("engine rules in the user's words", () => {
  it.each([
    ["a fee rate on an interest method", ["quote", "10000", "--apr", "12", "--fee-rate", "1"], /^error: --fee-rate: applies to --method flat-fee only\n$/],
    ["a total fee rate on an interest method", ["quote", "10000", "--apr", "12", "--total-fee-rate", "1"], /^error: --total-fee-rate: applies to --method flat-fee only\n$/],
    ["a daily rate on flat-fee names --daily-rate", ["quote", "10000", "--method", "flat-fee", "--daily-rate", "0.02", "--fee-rate", "1", "--product", "none"], /^error: --daily-rate: flat-fee charges a fee, not interest; give --fee-rate or --total-fee-rate instead\n$/],
    ["--apr 0 on flat-fee", ["quote", "10000", "--method", "flat-fee", "--apr", "0", "--fee-rate", "1", "--product", "none"], /^error: --apr: flat-fee charges a fee, not interest; give --fee-rate or --total-fee-rate instead\n$/],
    ["both fee rates", ["quote", "10000", "--method", "flat-fee", "--fee-rate", "1", "--total-fee-rate", "3", "--product", "none"], /^error: --method flat-fee: give exactly one of --fee-rate <percent per period> or --total-fee-rate <percent for the whole term>\n$/],
    ["--finance-fee alone", ["quote", "10000", "--apr", "12", "--finance-fee"], /^error: --finance-fee: needs --upfront-fee\n$/],
    ["daily interest on flat-fee", ["quote", "10000", "--method", "flat-fee", "--fee-rate", "1", "--interest", "daily", "--product", "none"], /^error: --interest: flat-fee charges no interest, so daily interest does not apply\n$/],
    ["an offer's fee rate on an interest method", ["compare", "10000", "--offer", "name=a,apr=12,fee-rate=1"], /^error: offer 1 \("a"\): fee-rate: applies to method flat-fee only\n$/],
    ["an offer without a rate", ["compare", "10000", "--offer", "name=a,terms=12"], /^error: offer 1 \("a"\): apr=<percent> or daily-rate=<percent> is required \(e\.g\. apr=12 or daily-rate=0\.02\)\n$/],
    ["an offer financing no fee", ["compare", "10000", "--offer", "name=a,apr=12,finance-fee"], /^error: offer 1 \("a"\): finance-fee: needs upfront-fee\n$/],
  ])("%s", async (_name, argv, message) => {
    expectUsageError(await runCli(argv), message);
  });
});
