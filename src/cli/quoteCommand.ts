import type { Command } from "commander";
import { methodNames } from "../engine/methods/index.js";
import { PENALTY_MULTIPLIER } from "../engine/overdue.js";
import { PRODUCTS } from "../engine/products.js";
import { describeLimits } from "../views/productLimits.js";
import { sayWords } from "../app/fieldError.js";
import { computeQuoteReport } from "../app/quoteReport.js";
import { FORMATS } from "../views/formats.js";
import { renderView } from "../views/renderView.js";
import { colorLevel } from "./colorLevel.js";
import type { CliIo } from "./io.js";
import { OPTION_WORDS } from "./optionNames.js";
import { toQuoteRequest, type RawQuoteOptions } from "./quoteRequest.js";
import { addChartOptions, addFormatOptions, capOption, drawnFormat, langOption, startOption } from "./sharedOptions.js";

const EXAMPLES = `
Examples:
  $ suishendai quote 10000 --apr 12 --terms 12
  $ suishendai quote 20000 --daily-rate 0.02 --interest daily --method 等额本金 --start 2026-01-31
  $ suishendai quote 10000 --method flat-fee --total-fee-rate 4.5 --terms 6 --product none
  $ suishendai quote 10000 --apr 12 --prepay 4:3000 --prepay-mode reduce-term --format json
  $ suishendai quote 10000 --apr 12 --prepay 3:2000 --prepay-on 2026-08-20:3000:reduce-payment --prepay 9 --prepay-fee 1% --start 2026-01-15
  $ suishendai quote 10000 --apr 12 --due-day 10 --min-first-days 15 --start 2026-01-28
  $ suishendai quote 40000 --method flat-fee --fee-rate 0.68 --terms 24 --fee-residual last --product none
  $ suishendai quote 12000 --method flat-fee --fee-rate 0.6 --product none --prepay 4 --flat-fee-prepay waived
  $ suishendai quote 10000 --apr 10.8 --method bullet --product none
  $ suishendai quote --payment 2000 --apr 12 --terms 12 --step 100
  $ suishendai quote 2万 --apr 12 --payment 2000

Amounts may be written 10000, 10,000, 1万, 1.5万, 5千, ¥10000 or 10000元.
Rates are percent. Money is exact to the 分: every amount is rounded half-up to
0.01 when it is produced, and the last period settles the remaining balance.
The annualized rate is the IRR of all cash flows, fees included (PBoC
announcement 2021 No.3); a warning shows when it exceeds --cap.`;

/** Repeatable options: every value, in order (undefined when not given). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Registers `quote`: parse → engine → view, nothing more. */
export function addQuoteCommand(program: Command, io: CliIo): void {
  const command = program
    .command("quote")
    .description("repayment schedule, totals and IRR-annualized rate of a loan")
    // Optional for --payment; the usage line keeps the common case.
    .usage("[options] <amount>")
    .argument("[amount]", "loan amount in CNY, e.g. 10000 or 12345.67")
    .option("--apr <percent>", "nominal annual rate in percent, e.g. 12 or 7.3%")
    .option("--daily-rate <percent>", "daily rate in percent (APR = daily × year basis), e.g. 0.02")
    // No commander default: --payment must know whether --terms was given.
    .option("--terms <n>", 'number of monthly periods (default: "12")')
    .option("--method <name>", `repayment method: ${methodNames().join(" | ")}`, "equal-installment")
    .option("--interest <basis>", "monthly (APR/12 a period) | daily (APR ÷ year basis × actual days)", "monthly")
    .option("--fee-rate <percent>", "flat-fee: fee per period, percent of the amount (card installments)")
    .option("--total-fee-rate <percent>", "flat-fee: fee for the whole term, percent of the amount (花呗分期)")
    .option("--upfront-fee <amount|percent%>", "fee taken at drawdown, deducted from the payout")
    .option("--finance-fee", "add the upfront fee to the principal instead of deducting it")
    .option("--monthly-fee <amount|percent%>", "fee charged with every installment")
    .addOption(capOption("cap on the comprehensive annualized cost; a warning shows above it (24: the regulators' guidance; courts: 4 × the 1-year LPR since 2020-08-20)"))
    .addOption(startOption("drawdown date; period k is due k months later (default: today)"))
    .option("--year-basis <days>", "days in a year for daily rates: 365 | 360", "365")
    .option("--prepay <period[:amount[:mode]]>", "prepay on that period's due date, after its installment; all when no amount (repeatable)", collect)
    .option("--prepay-on <date[:amount[:mode]]>", "prepay on any date, with interest for the days since the last due date (repeatable)", collect)
    .option("--prepay-mode <mode>", "after a partial prepayment: reduce-term | reduce-payment (default reduce-term)")
    .option("--prepay-fee <amount|percent%>", "违约金 on each prepayment; a percent is of the principal prepaid, e.g. 1%")
    .option("--flat-fee-prepay <policy>", "flat-fee payoff: remaining (fees not yet due are charged, card installments; default) | waived (花呗)")
    .option("--due-day <day>", "fixed repayment day (固定还款日) 1–28; the first period runs its actual days, e.g. 10")
    .option("--min-first-days <days>", "with --due-day: the first due date is at least this many days after the drawdown (default 15)")
    .option("--fee-residual <period>", "flat-fee rounding leftovers go to the first (花呗, default) | last (招商银行) period")
    .option("--principal-rounding <mode>", "flat-fee principal a period: half-up | truncate (招商银行's example); default truncate with --fee-residual first, half-up with last")
    .option("--overdue <period:days>", "penalty interest (罚息) on installment <period> paid <days> late")
    .option("--penalty-multiplier <x>", `with --overdue: penalty rate = x × the contract rate, ${PENALTY_MULTIPLIER.min} to ${PENALTY_MULTIPLIER.max} (default ${PENALTY_MULTIPLIER.standard})`)
    .addOption(langOption("language of the table: zh | en (default: from LANG, else zh)"))
    .option("--payment <amount>", "work backwards from a monthly budget: the largest amount whose highest payment fits (with an amount: the fewest terms)")
    .option("--step <amount>", "with --payment and no amount: round the amount down to a multiple, e.g. 100")
    .option("--product <name>", `product whose limits apply: suishendai (${describeLimits(PRODUCTS.suishendai)}) | none`, "suishendai")
    .addHelpText("after", EXAMPLES);
  addChartOptions(addFormatOptions(command, FORMATS.quote))
    .action(async (amount: string | undefined, raw: RawQuoteOptions) => {
      const request = toQuoteRequest(amount, raw, io.env, io.today());
      if (!program.opts().quiet) for (const note of request.notes) io.stderr(`${sayWords(note, OPTION_WORDS)}\n`);
      const report = computeQuoteReport(request);
      const { format, ascii } = drawnFormat(request.format, raw, io.env);
      io.stdout(await renderView("quote", format, report, { lang: request.lang, colorLevel: colorLevel(io), ascii }));
    });
}
