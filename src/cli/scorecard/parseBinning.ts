import { UsageError } from "../../app/errors.js";
import { DEFAULT_FIT_BINNING, type FieldBinning, type FitBinning } from "../../app/scorecard/fitBinning.js";
import type { Monotone } from "../../engine/scorecardFit/binningOptions.js";
import { parseWholeNumber } from "../parseInputs.js";
import type { RawBinningOptions } from "./binningFlags.js";

const MONOTONE: readonly Monotone[] = ["auto", "ascending", "descending", "none"];
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** A share written 0.05 or 5%, strictly between `low` and `high`. */
function share(text: string, option: string, low: number, high: number, example: string): number {
  const t = text.trim();
  const percent = t.endsWith("%");
  const digits = percent ? t.slice(0, -1).trim() : t;
  const value = DECIMAL.test(digits) ? Number(digits) / (percent ? 100 : 1) : Number.NaN;
  if (!(value > low && value < high)) throw new UsageError(`${option}: expected a share greater than ${low} and less than ${high}, such as ${example}, got ${JSON.stringify(text)}`);
  return value;
}

/** FIELD=value, both non-empty. */
function fieldValue(text: string, option: string, form: string): [string, string] {
  const at = text.indexOf("=");
  const field = at > 0 ? text.slice(0, at).trim() : "";
  const value = at > 0 ? text.slice(at + 1).trim() : "";
  if (field === "" || value === "") throw new UsageError(`${option}: expected ${form}, got ${JSON.stringify(text)}`);
  return [field, value];
}

/** The options as the app takes them; a bad value is a UsageError naming the option and the form it takes. */
export function parseBinning(raw: RawBinningOptions): FitBinning {
  const fields: Record<string, FieldBinning> = {};
  const set = (field: string, option: string, own: FieldBinning) => {
    const before = fields[field] ?? {};
    if (Object.keys(own).some((k) => k in before)) throw new UsageError(`${option}: ${field} is given twice; give each field once`);
    fields[field] = { ...before, ...own };
  };
  let monotone: Monotone | undefined;
  for (const text of raw.monotone) {
    const trend = (t: string) => {
      const found = MONOTONE.find((m) => m === t.trim());
      if (found === undefined) throw new UsageError(`--monotone: expected auto, ascending, descending or none, or FIELD=one of them, got ${JSON.stringify(text)}`);
      return found;
    };
    if (!text.includes("=")) {
      if (monotone !== undefined) throw new UsageError("--monotone: give one trend for all fields (FIELD=trend for a single field)");
      monotone = trend(text);
    } else {
      const [field, value] = fieldValue(text, "--monotone", "FIELD=auto|ascending|descending|none");
      set(field, "--monotone", { monotone: trend(value) });
    }
  }
  for (const text of raw.breaks) {
    const [field, value] = fieldValue(text, "--breaks", "FIELD=a,b,c (cut points) or FIELD=A|B,C (groups of levels)");
    set(field, "--breaks", { breaks: value });
  }
  for (const text of raw.special) {
    const [field, value] = fieldValue(text, "--special", "FIELD=v1,v2 (numbers), e.g. --special queries6m=-1,9999");
    const parts = value.split(",").map((p) => p.trim());
    if (!parts.every((p) => DECIMAL.test(p))) throw new UsageError(`--special: expected FIELD=v1,v2 with plain numbers, e.g. --special queries6m=-1,9999, got ${JSON.stringify(text)}`);
    set(field, "--special", { special: [...new Set(parts.map(Number))] });
  }
  const ivText = (raw.ivMin ?? "0.02").trim();
  const ivMin = DECIMAL.test(ivText) ? Number(ivText) : Number.NaN;
  if (!(ivMin >= 0)) throw new UsageError(`--iv-min: expected a number 0 or more, such as 0.02, got ${JSON.stringify(raw.ivMin)}`);
  return {
    minBinShare: raw.minBinShare === undefined ? DEFAULT_FIT_BINNING.minBinShare : share(raw.minBinShare, "--min-bin-share", 0, 0.5, "0.05 or 5%"),
    maxBins: raw.maxBins === undefined ? null : parseWholeNumber(raw.maxBins, "--max-bins", 2, 1000),
    monotone: monotone ?? DEFAULT_FIT_BINNING.monotone,
    ivMin,
    split: raw.split === undefined ? DEFAULT_FIT_BINNING.split : share(raw.split, "--split", 0, 1, "0.7 or 70%"),
    fields,
  };
}
