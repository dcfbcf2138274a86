import type { Command } from "commander";
import { checkQuoteInput } from "../engine/quoteInput.js";
import { compareOffers } from "../engine/compare.js";
import { LoanInputError } from "../engine/loanInputError.js";
import { DEFAULT_CAP } from "../engine/products.js";
import { langFromEnv, LANGS } from "../views/lang.js";
import { colorLevel } from "./colorLevel.js";
import type { CliIo } from "./io.js";
import { engineMessage } from "./loanFields.js";
import { offerKey, offerWhere, parseOfferString, parseOffersJson, toOffer, type OfferRecord } from "./offers.js";
import { parseChoice, parseIsoDate, parseLoanAmount, parsePercent } from "./parseInputs.js";
import { FORMATS } from "./quoteRequest.js";
import { renderView } from "./renderView.js";
import { Interrupted, IoError } from "./ioError.js";
import { addChartOptions, chartStyle } from "./chartOptions.js";
import { addFormatOptions, chosenFormat } from "./outputOptions.js";
import { UsageError } from "./usageError.js";

const EXAMPLES = `
Examples:
  $ suishendai compare 10000 --offer "name=随身贷,apr=7.3,terms=12" --offer "name=card,method=flat-fee,fee-rate=0.6,terms=12"
  $ suishendai compare 10000 --offers examples/offers/presets.json
  $ cat offers.json | suishendai compare 5000 --offers - --format json

Offer keys are quote's option names without dashes: apr, daily-rate, terms, method,
interest, fee-rate, total-fee-rate, upfront-fee, monthly-fee, finance-fee, year-basis,
due-day, min-first-days, fee-residual, plus name and amount, e.g. "name=card,due-day=10,apr=12".
Offers are quoted as --product none would quote them.`;

interface RawCompareOptions {
  readonly offer: string[];
  readonly offers: string[];
  readonly start?: string;
  readonly cap?: string;
  readonly format: string;
  readonly json?: boolean;
  readonly chart?: boolean;
  readonly ascii?: boolean;
  readonly lang?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The offers of one --offers file (or stdin for -). */
async function readOffersFile(io: CliIo, file: string): Promise<OfferRecord[]> {
  const source = file === "-" ? "stdin" : file;
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    if (error instanceof Interrupted) throw error;
    throw new IoError(`--offers: cannot read ${source}: ${(error as Error).message}`);
  }
  return parseOffersJson(text, `--offers ${source}`);
}

/** Registers `compare`: offers from flags and/or a JSON file, ranked by true cost. */
export function addCompareCommand(program: Command, io: CliIo): void {
  const command = program
    .command("compare")
    .description("offers side by side, cheapest first by the IRR-annualized rate")
    .argument("[amount]", "amount in CNY every offer is priced on (an offer may carry its own amount=)")
    .option("--offer <key=value,...>", "an offer, e.g. \"name=借呗,daily-rate=0.04,terms=12\" (repeatable)", collect, [])
    .option("--offers <file>", "a JSON array of offers; - reads stdin (repeatable: files are read in order)", collect, [])
    .option("--start <YYYY-MM-DD>", "drawdown date for every offer (default: today)")
    .option("--cap <percent>", "cap on the comprehensive annualized cost", DEFAULT_CAP.toString())
    .option("--lang <lang>", "language of the table: zh | en (default: from LANG, else zh)")
    .addHelpText("after", EXAMPLES);
  addChartOptions(addFormatOptions(command, FORMATS))
    .action(async (amountText: string | undefined, raw: RawCompareOptions) => {
      const format = chosenFormat(raw, FORMATS);
      const lang = raw.lang === undefined ? langFromEnv(io.env) : parseChoice(raw.lang, "--lang", LANGS);
      const amount = amountText === undefined ? undefined : parseLoanAmount(amountText, "amount");
      const start = raw.start === undefined ? io.today() : parseIsoDate(raw.start, "--start");
      const cap = raw.cap === undefined ? undefined : parsePercent(raw.cap, "--cap");
      const records: OfferRecord[] = raw.offer.map((text, i) => parseOfferString(text, i + 1));
      if (raw.offers.filter((f) => f === "-").length > 1) throw new UsageError("--offers -: stdin can be read once; give - once");
      // No spread: a file may hold 100,000s of offers.
      for (const file of raw.offers) for (const record of await readOffersFile(io, file)) records.push(record);
      if (records.length === 0) throw new UsageError("--offer or --offers: give at least one offer to compare");
      const offers = records.map((r, i) => toOffer(r, i + 1, { ...(amount ? { amount } : {}), start, ...(cap ? { cap } : {}) }));
      // What the engine refuses is reported against the offer it came from.
      offers.forEach((offer, i) => {
        try {
          checkQuoteInput(offer);
        } catch (error) {
          if (error instanceof LoanInputError) throw new UsageError(`${offerWhere(i + 1, records[i]?.name)}: ${engineMessage(error, offerKey)}`);
          throw error;
        }
      });
      const ranked = compareOffers(offers);
      const level = colorLevel(io);
      const chart = await chartStyle(io, raw, format, lang, level);
      io.stdout(await renderView("compare", format, ranked, { lang, colorLevel: level, ...chart }));
    });
}
