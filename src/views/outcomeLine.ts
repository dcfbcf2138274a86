import type { Lang } from "./lang.js";
import { errorRecordJson } from "./offerJson.js";
import { offerLine } from "./offerLine.js";
import type { Outcome } from "../app/evaluateRecord.js";

/** One outcome as its NDJSON line: the offer, or the error record in its place. */
export function outcomeLine(o: Outcome, lang: Lang, explain: boolean): string {
  if (!("offer" in o)) return `${JSON.stringify(errorRecordJson(o.line, o.id, o.error))}\n`;
  return `${offerLine(o.offer, lang, explain, o.kept)}\n`;
}
