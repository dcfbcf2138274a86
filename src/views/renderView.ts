import type { FORMATS, SUMMARY_FORMATS } from "./formats.js";
import type { ViewStyle } from "./viewStyle.js";

type Renderer<T> = (data: T, style: ViewStyle) => string;
type Loader = () => Promise<Renderer<never>>;

/**
 * Where each view lives, by what it shows and its format. Loaded on demand:
 * the table view pulls in chalk and cli-table3, and a `--format json` run
 * should not pay for them. Each kind holds exactly its command's formats
 * (a format missing here or not offered there fails to compile).
 */
const VIEWS = {
  quote: {
    table: async () => (await import("./quoteTable.js")).renderQuoteTable,
    chart: async () => (await import("./quoteChart.js")).renderQuoteChartView,
    json: async () => (await import("./quoteJson.js")).renderQuoteJson,
    csv: async () => (await import("./quoteCsv.js")).renderQuoteCsv,
  },
  compare: {
    table: async () => (await import("./compareTable.js")).renderCompareTable,
    chart: async () => (await import("./compareChart.js")).renderCompareChartView,
    json: async () => (await import("./compareJson.js")).renderCompareJson,
    csv: async () => (await import("./compareCsv.js")).renderCompareCsv,
  },
  /** simulate's answer to a single profile. */
  offer: {
    table: async () => (await import("./offerTable.js")).renderOfferTable,
    json: async () => (await import("./offerJson.js")).renderOfferJson,
    csv: async () => (await import("./offerCsvRow.js")).renderOfferCsv,
  },
  /** simulate --what-if: one profile's offer now and with the changes. */
  whatIf: {
    table: async () => (await import("./whatIfView.js")).renderWhatIfTable,
    json: async () => (await import("./whatIfView.js")).renderWhatIfJson,
  },
  /** portfolio and merge: the book(s) month by month and their totals, or a sweep's frontier. */
  portfolio: {
    table: async () => (await import("./portfolioTable.js")).renderPortfolioTable,
    json: async () => (await import("./portfolioJson.js")).renderPortfolioJson,
    ndjson: async () => (await import("./portfolioJson.js")).renderPortfolioNdjson,
    csv: async () => (await import("./portfolioCsv.js")).renderPortfolioCsv,
  },
  /** simulate --summary, on stderr. */
  summary: {
    text: async () => (await import("./summaryView.js")).renderSummaryText,
    json: async () => (await import("./summaryView.js")).renderSummaryJson,
  },
  /** fit: the scorecard fitted on labelled data. */
  fit: {
    table: async () => (await import("./fitView.js")).renderFitTable,
    json: async () => (await import("./fitView.js")).renderFitJson,
  },
  /** validate: a policy measured on labelled data. */
  validate: {
    table: async () => (await import("./validateView.js")).renderValidateTable,
    json: async () => (await import("./validateView.js")).renderValidateJson,
  },
} as const satisfies {
  quote: Record<(typeof FORMATS.quote)[number] | "chart", Loader>;
  compare: Record<(typeof FORMATS.compare)[number] | "chart", Loader>;
  offer: Record<(typeof FORMATS.simulate)[number], Loader>;
  // --what-if sets two offers side by side: refused with --format csv (answerOne.ts).
  whatIf: Record<Exclude<(typeof FORMATS.simulate)[number], "csv">, Loader>;
  summary: Record<(typeof SUMMARY_FORMATS)[number], Loader>;
  portfolio: Record<(typeof FORMATS.portfolio)[number], Loader>;
  fit: Record<(typeof FORMATS.fit)[number], Loader>;
  validate: Record<(typeof FORMATS.validate)[number], Loader>;
};

type Views = typeof VIEWS;
// What a kind's views draw, read from all its views (each kind draws one data type), so a kind need not have json.
type DataOf<L> = L extends () => Promise<(data: infer D, ...rest: never[]) => string> ? D : never;
type ViewData<K extends keyof Views> = DataOf<Views[K][keyof Views[K]]>;

/** The formats a view kind can be drawn in. */
export type ViewFormat<K extends keyof Views> = keyof Views[K];

/** Renders what a command computed in the chosen format. */
export async function renderView<K extends keyof Views>(kind: K, format: ViewFormat<K>, data: ViewData<K>, style: ViewStyle): Promise<string> {
  const load = VIEWS[kind][format] as Loader;
  const render = (await load()) as Renderer<ViewData<K>>;
  return render(data, style);
}
