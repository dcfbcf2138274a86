import type { Command } from "commander";
import { refuseRepeatedValues } from "../app/repeats.js";
import { UsageError } from "../app/errors.js";
import { OfferInputError } from "../app/offerInputError.js";
import { compareReport } from "../app/compareReport.js";
import { FORMATS } from "../views/formats.js";
import { renderView } from "../views/renderView.js";
import { colorLevel } from "./colorLevel.js";
import type { CliIo } from "./io.js";
import { readInputText } from "./readInputText.js";
import { OFFER_KEY_WORDS, optionLine } from "./optionNames.js";
import { offerWhere, parseOfferString, parseOffersJson, toOffer, type OfferRecord } from "./offers.js";
import { parseChoice, parseLoanAmount, parsePercent } from "./parseInputs.js";
import { findPreset } from "./presets.js";
import { listPresets } from "./listPresets.js";
import { offersAtTerms } from "../app/offerTerms.js";
import { PRODUCTS } from "../engine/products.js";
import { parseTermsList } from "./termsList.js";
import { COMPARE_SORTS } from "../engine/compare.js";
import { LAYOUTS, type Layout } from "../views/formats.js";
import { addChartOptions, addFormatOptions, capOption, chosenFormat, drawnFormat, langOption, parseLang, parseStart, startOption } from "./sharedOptions.js";

const EXAMPLES = `
Examples:
  $ suishendai compare 10000 --offer "name=随身贷,apr=7.3,terms=12" --offer "name=card,method=flat-fee,fee-rate=0.6,terms=12"
  $ suishendai compare 10000 --offers data/presets.json
  $ cat offers.json | suishendai compare 5000 --offers - --format json
  $ suishendai compare 10000 --preset suishendai-floor --preset 借呗 --terms 3,6,9,12 --sort payment
  $ suishendai compare --list-presets

Offer keys are quote's option names without dashes: apr, daily-rate, terms, method,
interest, fee-rate, total-fee-rate, upfront-fee, monthly-fee, finance-fee, year-basis,
due-day, min-first-days, fee-residual, principal-rounding, plus name and amount, e.g. "name=card,due-day=10,apr=12".
Offers are quoted as --product none would quote them.`;

interface RawCompareOptions {
  readonly offer: string[];
  readonly offers: string[];
  readonly preset: string[];
  readonly listPresets?: boolean;
  readonly terms?: string;
  readonly sort?: string;
  readonly layout?: string;
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
async function readOffersFile(io: CliIo, file: string, quiet: boolean): Promise<OfferRecord[]> {
  const text = await readInputText(io, "--offers", file, "offers (a JSON array)", quiet);
  return parseOffersJson(text, `--offers ${file === "-" ? "stdin" : file}`);
}

/** --layout: the table format's, so another format or --chart with it is a contradiction. */
function parseLayout(text: string, format: string): Layout {
  if (format !== "table") throw new UsageError(`--layout: lays out the table format only, not ${format === "chart" ? "--chart" : format}`);
  return parseChoice(text, "--layout", LAYOUTS);
}

/** What is refused is reported against the offer it came from, its fields named as the offer's keys. */
function rankOffers<T>(rank: () => T, where: (offer: number) => string): T {
  try {
    return rank();
  } catch (error) {
    if (error instanceof OfferInputError) throw new UsageError(`${where(error.offer)}: ${optionLine(error.refused, OFFER_KEY_WORDS)}`);
    throw error;
  }
}

/** Registers `compare`: offers from flags and/or a JSON file, ranked by true cost. */
export function addCompareCommand(program: Command, io: CliIo): void {
  const command = program
    .command("compare")
    .description("offers side by side, cheapest first by the IRR-annualized rate")
    .argument("[amount]", "amount in CNY every offer is priced on (an offer may carry its own amount=)")
    .option("--offer <key=value,...>", "an offer, e.g. \"name=借呗,daily-rate=0.04,terms=12\" (repeatable)", collect, [])
    .option("--offers <file>", "a JSON array of offers; - reads stdin (repeatable: files are read in order)", collect, [])
    .option("--preset <name>", "a bundled offer by id, name or a unique prefix, e.g. jiebei or 借呗 (repeatable; --list-presets shows them)", collect, [])
    .option("--list-presets", "print the bundled presets: ids, names, prices, sources and dates (--format table|json, --lang)")
    .option("--terms <list>", "price every offer at each of these terms, e.g. 3,6,9,12 or 3-12")
    .option("--sort <key>", `order: ${COMPARE_SORTS.join(" | ")} (the IRR-annualized rate, the total cost, the first payment; lowest first)`, "rate")
    .option("--layout <layout>", `the table format's layout: ${LAYOUTS.join(" | ")} (default: vertical when the table is wider than the terminal)`)
    .addOption(startOption("drawdown date for every offer (default: today)"))
    .addOption(capOption("cap on the comprehensive annualized cost (24: the regulators' guidance; courts: 4 × the 1-year LPR since 2020-08-20)"))
    .addOption(langOption("language of the table: zh | en (default: from LANG, else zh)"))
    .addHelpText("after", EXAMPLES);
  addChartOptions(addFormatOptions(command, FORMATS.compare))
    .action(async (amountText: string | undefined, raw: RawCompareOptions) => {
      if (raw.listPresets) return listPresets(command, amountText, raw, io);
      const sort = parseChoice(raw.sort ?? "rate", "--sort", COMPARE_SORTS);
      const format = chosenFormat(raw, FORMATS.compare);
      const lang = parseLang(raw.lang, io.env);
      const amount = amountText === undefined ? undefined : parseLoanAmount(amountText, "amount");
      const start = parseStart(raw.start, io.today);
      const cap = raw.cap === undefined ? undefined : parsePercent(raw.cap, "--cap");
      const presets = raw.preset.map((name) => findPreset(name));
      refuseRepeatedValues("--preset", presets, raw.preset, (p) => p.id);
      const records: OfferRecord[] = presets.map((p) => p.record);
      raw.offer.forEach((text) => records.push(parseOfferString(text, records.length + 1)));
      if (raw.offers.filter((f) => f === "-").length > 1) throw new UsageError("--offers -: stdin can be read once; give - once");
      // No spread: a file may hold 100,000s of offers.
      for (const file of raw.offers) for (const record of await readOffersFile(io, file, program.opts().quiet === true)) records.push(record);
      if (records.length === 0) throw new UsageError("--offer, --offers or --preset: give at least one offer to compare (--list-presets shows the bundled ones)");
      const parsed = records.map((r, i) => toOffer(r, i + 1, { ...(amount ? { amount } : {}), start, ...(cap ? { cap } : {}) }));
      // --terms prices each offer at each term; `origin` keeps the offer each priced row came from.
      const terms = raw.terms === undefined ? undefined : parseTermsList(raw.terms, "--terms", PRODUCTS.none.terms.min, PRODUCTS.none.terms.max);
      const { offers, origin, kept } = offersAtTerms(parsed, terms);
      if (!program.opts().quiet) for (const i of kept) io.stderr(`note: ${offerWhere(i + 1, records[i]?.name)} keeps its ${parsed[i]?.terms ?? 12} terms: its ${OFFER_KEY_WORDS.name("totalFeeRate")} is the fee for that term only\n`);
      const ranked = rankOffers(() => compareReport(offers, sort), (offer) => offerWhere((origin[offer - 1] as number) + 1, records[origin[offer - 1] as number]?.name));
      const drawn = drawnFormat(format, raw, io.env);
      const layout = raw.layout === undefined ? undefined : parseLayout(raw.layout, drawn.format);
      io.stdout(await renderView("compare", drawn.format, ranked, { lang, colorLevel: colorLevel(io), ascii: drawn.ascii, ...(sort === "rate" ? {} : { sortedBy: sort }), ...(layout ? { layout } : {}), ...(io.columns ? { columns: io.columns } : {}) }));
    });
}
