import { Chalk } from "chalk";
import { compactTable } from "./compactTable.js";
import type { ComparedOffer } from "../engine/compare.js";
import { DEFAULT_CAP } from "../engine/products.js";
import { groupedMoney, percent } from "./format.js";
import type { Lang } from "./lang.js";
import { printable } from "./printable.js";
import { QUOTE_LABELS } from "./quoteLabels.js";
import type { ViewStyle } from "./viewStyle.js";
import { chooseLayout } from "./layout.js";
import { renderBlocks } from "./verticalBlocks.js";

const HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ["排名", "方案", "还款方式", "期数", "借款金额", "首期还款", "还款总额", "总成本", "年化(单利)", "年化(复利)"],
  en: ["Rank", "Offer", "Method", "Terms", "Amount", "First payment", "Total repayment", "Total cost", "APR (IRR, simple)", "Compound"],
};

const NOTE: Readonly<Record<Lang, (cap: string, mark: string, by?: "cost" | "payment") => string>> = {
  zh: (cap, mark, by) => `${by === "cost" ? "按总成本从低到高排列" : by === "payment" ? "按首期还款从低到高排列" : "按年化利率(IRR 单利)从低到高排列"}；总成本 = 利息 + 全部费用；${mark} 表示超过 ${cap}% 上限`,
  en: (cap, mark, by) => `${by === "cost" ? "Lowest total cost first" : by === "payment" ? "Lowest first payment first" : "Cheapest first by the IRR-annualized rate (simple)"}; total cost = interest + all fees; ${mark} marks a cost above the ${cap}% cap`,
};

/** The mark of a cost above the cap, in the table, the chart and the note alike. */
export function capMark(ascii: boolean | undefined): string {
  return ascii ? "!" : "⚠";
}

/** The ranking for people: `body` (a table or a chart), then the note on how it is ranked. */
export function renderComparePage(offers: readonly ComparedOffer[], style: ViewStyle, body: string): string {
  const c = new Chalk({ level: style.colorLevel });
  const cap = percent(offers[0]?.quote.compliance.cap ?? DEFAULT_CAP, 2);
  return `${body}\n${c.dim(NOTE[style.lang](cap, capMark(style.ascii), style.sortedBy))}\n`;
}

/** Offers side by side, cheapest first, for people. */
export function renderCompareTable(offers: readonly ComparedOffer[], style: ViewStyle): string {
  const c = new Chalk({ level: style.colorLevel });
  const labels = QUOTE_LABELS[style.lang];
  const table = compactTable(
    HEADERS[style.lang].map((h) => c.bold(h)),
    ["right", "left", "left", "right", "right", "right", "right", "right", "right", "right"],
    style.ascii,
  );
  const rows = offers.map((o, i) => {
    const rate = `${percent(o.quote.annualizedRate, 2)}%`;
    const shown = o.quote.compliance.exceedsCap ? c.red(`${capMark(style.ascii)} ${rate}`) : i === 0 ? c.green(rate) : rate;
    return [String(i + 1), printable(o.name), labels.method[o.quote.method], String(o.quote.terms), groupedMoney(o.quote.amount), groupedMoney(o.firstPayment), groupedMoney(o.totalPayment), groupedMoney(o.totalCost), shown, `${percent(o.quote.annualizedRateCompound, 2)}%`];
  });
  for (const row of rows) table.push(row);
  const drawn = table.toString();
  // Too wide for the terminal (or asked for): a block per offer, the same cells under the same headers.
  const body = chooseLayout(drawn, style.layout, style.columns) === "vertical" ? renderBlocks(HEADERS[style.lang], rows, c) : drawn;
  return renderComparePage(offers, style, body);
}
