import type { Command } from "commander";
import { methodNames } from "../engine/methods.js";
import { quote } from "../engine/quote.js";
import { colorLevel } from "./colorLevel.js";
import type { CliIo } from "./io.js";
import { FORMATS, toQuoteRequest, type RawQuoteOptions } from "./quoteRequest.js";

const EXAMPLES = `
Examples:
  $ suishendai quote 10000 --apr 12 --terms 12
  $ suishendai quote 20000 --daily-rate 0.02 --terms 6 --method 等额本金 --start 2026-01-31
  $ suishendai quote 3000 --apr 18 --terms 24 --product none --format json --lang en

Rates are percent. Money is exact to the 分: every amount is rounded half-up to
0.01 when it is produced, and the last period settles the remaining balance.
The annualized rate is the IRR of the cash flows (PBoC announcement 2021 No.3).`;

/** Registers `quote`: parse → engine → view, nothing more. */
export function addQuoteCommand(program: Command, io: CliIo): void {
  program
    .command("quote")
    .description("repayment schedule, totals and IRR-annualized rate of a loan")
    .argument("<amount>", "loan amount in CNY, e.g. 10000 or 12345.67")
    .option("--apr <percent>", "nominal annual rate in percent, e.g. 12 or 7.3%")
    .option("--daily-rate <percent>", "daily rate in percent (APR = daily × year basis), e.g. 0.02")
    .option("--terms <n>", "number of monthly periods", "12")
    .option("--method <name>", `repayment method: ${methodNames().join(" | ")}`, "equal-installment")
    .option("--start <YYYY-MM-DD>", "drawdown date; period k is due k months later (default: today)")
    .option("--year-basis <days>", "days in a year for daily rates: 365 | 360", "365")
    .option("--format <format>", `output: ${FORMATS.join(" | ")}`, "table")
    .option("--lang <lang>", "language of the table: zh | en (default: from LANG, else zh)")
    .option("--product <name>", "product whose limits apply: suishendai (5,000–50,000 CNY, 7.3–24%, 3–12 terms) | none", "suishendai")
    .addHelpText("after", EXAMPLES)
    .action(async (amount: string, raw: RawQuoteOptions) => {
      const request = toQuoteRequest(amount, raw, io.env, io.today());
      const result = quote(request.input);
      if (request.format === "json") {
        const { renderQuoteJson } = await import("../views/quoteJson.js");
        io.stdout(renderQuoteJson(result));
      } else if (request.format === "csv") {
        const { renderQuoteCsv } = await import("../views/quoteCsv.js");
        io.stdout(renderQuoteCsv(result));
      } else {
        // The table pulls in chalk and cli-table3; only this path pays for them.
        const { renderQuoteTable } = await import("../views/quoteTable.js");
        io.stdout(renderQuoteTable(result, { lang: request.lang, colorLevel: colorLevel(io) }));
      }
    });
}
