import type { TableStyle } from "../views/quoteTable.js";
import type { Format } from "./quoteRequest.js";

type Renderer<T> = (data: T, style: TableStyle) => string;

/**
 * Where each command's views live. Loaded on demand: the table view pulls in
 * chalk and cli-table3, and a `--format json` run should not pay for them.
 */
const VIEWS = {
  quote: {
    table: async () => (await import("../views/quoteTable.js")).renderQuoteTable,
    json: async () => (await import("../views/quoteJson.js")).renderQuoteJson,
    csv: async () => (await import("../views/quoteCsv.js")).renderQuoteCsv,
  },
  compare: {
    table: async () => (await import("../views/compareTable.js")).renderCompareTable,
    json: async () => (await import("../views/compareJson.js")).renderCompareJson,
    csv: async () => (await import("../views/compareCsv.js")).renderCompareCsv,
  },
} as const;

type ViewData<K extends keyof typeof VIEWS> = Parameters<Awaited<ReturnType<(typeof VIEWS)[K]["json"]>>>[0];

/** Renders a command's result in the chosen format. */
export async function renderView<K extends keyof typeof VIEWS>(kind: K, format: Format, data: ViewData<K>, style: TableStyle): Promise<string> {
  const render = (await VIEWS[kind][format]()) as Renderer<ViewData<K>>;
  return render(data, style);
}
