import { DEFAULT_BINNING, type BinningOptions, type Level, type Monotone } from "../../engine/scorecardFit/binningOptions.js";
import { FieldError, said, the } from "../fieldError.js";

/** One field's own binning: its monotone rule, manual breaks (as written), special values. */
export interface FieldBinning {
  readonly monotone?: Monotone;
  /** `a,b,c` (cut points) for a number field, `A|B,C` (groups) for a category. */
  readonly breaks?: string;
  readonly special?: readonly number[];
}

/** The binning and selection options of `fit`, as the report records them. */
export interface FitBinning {
  readonly minBinShare: number;
  /** null: no maximum. */
  readonly maxBins: number | null;
  readonly monotone: Monotone;
  /** Characteristics whose IV is below this are left out of the model. */
  readonly ivMin: number;
  /** The train share of the stratified split. */
  readonly split: number;
  readonly fields: Readonly<Record<string, FieldBinning>>;
}

export const DEFAULT_FIT_BINNING: FitBinning = { minBinShare: DEFAULT_BINNING.minBinShare, maxBins: null, monotone: DEFAULT_BINNING.monotone, ivMin: 0.02, split: 0.7, fields: {} };

/** A field named in --breaks, --special or --monotone must be a characteristic's. */
export function checkBinningFields(binning: FitBinning, known: readonly string[]): void {
  for (const [field, own] of Object.entries(binning.fields)) {
    if (known.includes(field)) continue;
    const option = own.breaks !== undefined ? "breaks" : own.special !== undefined ? "special" : "monotone";
    throw new FieldError(option, "not-characteristic", said`${the(option)}: ${field} is not a characteristic; the characteristics are ${known.join(", ")}`, { got: field });
  }
}

/** Cut points `a,b,c`: finite numbers, strictly ascending. */
function cutsOf(field: string, text: string): number[] {
  const parts = text.split(",").map((s) => s.trim());
  const cuts = parts.map(Number);
  const bad = parts.some((p) => p === "" || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(p)) || cuts.some((c, i) => i > 0 && !(c > (cuts[i - 1] as number)));
  if (bad) throw new FieldError("breaks", "cuts", said`${the("breaks")} ${field}=${text}: ${field} is a number field; give cut points in ascending order, e.g. ${the("breaks")} ${field}=1,3,10`, { got: text });
  return cuts;
}

/** Groups `A|B,C` → [[A,B],[C]]; each level in one group only. Levels are the text written (true/false for a boolean field). */
function groupsOf(field: string, text: string, booleans: boolean): Level[][] {
  const groups = text.split(",").map((g) => g.split("|").map((l) => l.trim()));
  const levels = groups.flat();
  const bad = levels.some((l) => l === "" || (booleans && l !== "true" && l !== "false")) || new Set(levels).size !== levels.length;
  if (bad) throw new FieldError("breaks", "groups", said`${the("breaks")} ${field}=${text}: ${field} is a ${booleans ? "boolean" : "category"} field; give groups of levels, | within a group and , between groups, each level once, e.g. ${the("breaks")} ${field}=A|B,C`, { got: text });
  return groups.map((g) => (booleans ? g.map((l) => l === "true") : g));
}

/**
 * The engine's options for one characteristic: the shared ones with the
 * field's own on top. A number field's special values are --special's, else
 * the numbers the base policy's set bins list (a refit keeps them apart).
 */
export function binningFor(binning: FitBinning, field: string, kind: "number" | "category" | "boolean", baseLevels: readonly Level[] = []): BinningOptions {
  const own = binning.fields[field] ?? {};
  const baseSpecial = baseLevels.filter((l): l is number => typeof l === "number");
  const special = own.special ?? (kind === "number" && baseSpecial.length ? baseSpecial : undefined);
  if (kind !== "number" && own.special !== undefined) throw new FieldError("special", "not-number", said`${the("special")} ${field}: ${field} is a ${kind} field; special values are for number fields (each level of a category is binned already)`, { got: field });
  if (kind !== "number" && own.monotone !== undefined) throw new FieldError("monotone", "not-number", said`${the("monotone")} ${field}: ${field} is a ${kind} field; its levels have no order (they are grouped by bad rate), so a trend is for number fields only`, { got: field });
  return {
    minBinShare: binning.minBinShare,
    ...(binning.maxBins === null ? {} : { maxBins: binning.maxBins }),
    monotone: own.monotone ?? binning.monotone,
    ...(own.breaks === undefined ? {} : kind === "number" ? { breaks: cutsOf(field, own.breaks) } : { groups: groupsOf(field, own.breaks, kind === "boolean") }),
    ...(special === undefined ? {} : { special }),
  };
}
