import { BatchHadErrors } from "../../app/errors.js";
import type { PortfolioAggregate } from "../../engine/portfolio/aggregate.js";
import type { ResultSetup } from "../../engine/portfolio/toResult.js";
import { portfolioResult } from "../../app/portfolio/portfolioTotals.js";
import type { FORMATS } from "../../views/formats.js";
import { printable } from "../../views/printable.js";
import { renderView } from "../../views/renderView.js";
import type { ViewStyle } from "../../views/viewStyle.js";
import type { CliIo } from "../io.js";
import { drawnFormat } from "../sharedOptions.js";

type Format = (typeof FORMATS.portfolio)[number];

/** How the result is drawn: the format, --ascii (or a locale that is not UTF-8) and the terminal's width, as the other commands do. */
export function portfolioStyle(io: CliIo, format: Format, raw: { readonly ascii?: boolean }, lang: ViewStyle["lang"]): ViewStyle {
  const drawn = drawnFormat(format, raw, io.env);
  return { lang, colorLevel: 0, ascii: drawn.ascii, ...(io.columns ? { columns: io.columns } : {}) };
}

/** The invalid records named on stderr: the first few, by line (and by part, after merge). */
export function namedErrors(aggregate: PortfolioAggregate): string {
  return aggregate.errors.map((e) => `error: ${e.part === undefined ? "" : `${printable(e.part)}: `}line ${e.line}${e.id === null || e.id === undefined ? "" : ` (id ${printable(JSON.stringify(e.id))})`}: ${printable(e.error)}\n`).join("");
}

type Step = () => Promise<void>;

/**
 * Renders a whole run (from one process or merged parts), then names its
 * invalid records and exits 1 when there were any. `written` wraps the write
 * of the result and `after` follows it (portfolio's --outcomes takes its place then).
 */
export async function finishPortfolio(io: CliIo, aggregate: PortfolioAggregate, setup: ResultSetup, format: Format, style: ViewStyle, written = (write: Step) => write(), after: Step = async () => {}): Promise<void> {
  const text = await renderView("portfolio", format, portfolioResult(aggregate, setup), style);
  await written(() => io.writeOut(text));
  await after();
  throwOnInvalid(io, aggregate);
}

export function throwOnInvalid(io: CliIo, aggregate: PortfolioAggregate): void {
  if (aggregate.invalid === 0n) return;
  io.stderr(namedErrors(aggregate));
  const shown = aggregate.errors.length;
  const by = aggregate.errors.some((e) => e.part !== undefined) ? "by part and line" : "by line";
  const named = shown === 0 ? "none is named (the lines were not kept)" : shown < aggregate.invalid ? `the first ${shown} are named above, ${by}` : `each is named above, ${by}`;
  throw new BatchHadErrors(Number(aggregate.invalid), named);
}
