import type { Lang } from "./lang.js";
import { errorRecordJson, offerToJson } from "./offerJson.js";
import type { Outcome } from "../app/evaluateRecord.js";

/** One outcome as its NDJSON line: the offer, or the error record in its place. */
export function outcomeLine(o: Outcome, lang: Lang, explain: boolean): string {
  if (!("offer" in o)) return `${JSON.stringify(errorRecordJson(o.line, o.id, o.error))}\n`;
  return `${JSON.stringify(o.kept ? { ...offerToJson(o.offer, lang, explain), input: o.kept } : offerToJson(o.offer, lang, explain))}\n`;
}
