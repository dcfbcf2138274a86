import type { Command } from "commander";

/** The binning options of `fit` as commander gives them. */
export interface RawBinningOptions {
  readonly minBinShare?: string;
  readonly maxBins?: string;
  readonly monotone: readonly string[];
  readonly breaks: readonly string[];
  readonly special: readonly string[];
  readonly ivMin?: string;
  readonly split?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Registers --min-bin-share, --max-bins, --monotone, --breaks, --special, --iv-min and --split. */
export function addBinningOptions(command: Command): Command {
  return command
    .option("--min-bin-share <share>", "the least share of the training records a merged bin holds, 0 < share < 0.5 (0.05 or 5%)", "0.05")
    .option("--max-bins <n>", "at most this many bins per characteristic, ≥ 2 (special and missing bins not counted; default: no limit)")
    .option("--monotone <trend>", "auto | ascending | descending | none (ascending: the bad rate rises with the value); FIELD=trend for one field (repeatable)", collect, [])
    .option("--breaks <FIELD=cuts>", "exactly these bins: FIELD=a,b,c cut points, or FIELD=A|B,C groups of a category (repeatable)", collect, [])
    .option("--special <FIELD=values>", "values of a number field each in a bin of their own, e.g. FIELD=-1,9999 (repeatable)", collect, [])
    .option("--iv-min <iv>", "characteristics with IV below this are left out of the model", "0.02")
    .option("--split <share>", "the train share of the stratified split, 0 < share < 1", "0.7");
}
