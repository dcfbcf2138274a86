import type { Level } from "../simulate/types.js";
import type { CountedBin } from "./fineBins.js";
import type { Trend } from "./monotoneMerge.js";
import type { BinCounts, BinWoe } from "./woeIv.js";

/** A value a set bin lists: a category's level, a boolean, or a special number (the policy's set bins). */
export type { Level } from "../simulate/types.js";

/**
 * The monotone rule: "ascending" — the bad rate rises as the value rises
 * (optbinning's word; the "rising" trend), "descending" the other way,
 * "auto" the base policy's trend else the one with more IV, "none" no
 * monotone merging (min share and max bins only).
 */
export type Monotone = "auto" | "ascending" | "descending" | "none";

/** How one characteristic is binned. */
export interface BinningOptions {
  /** The share of all records each merged bin must hold. */
  readonly minBinShare: number;
  /** At most this many value bins (ranges or groups; special and missing bins not counted). */
  readonly maxBins?: number;
  readonly monotone: Monotone;
  /** Manual cut points, ascending: exactly the bins [−∞,a), [a,b), …, [c,∞), no merging. */
  readonly breaks?: readonly number[];
  /** Manual groups of a category's levels: exactly these, no merging. */
  readonly groups?: readonly (readonly Level[])[];
  /** Values of a number field each binned on their own, before the ranges. */
  readonly special?: readonly number[];
}

export const DEFAULT_BINNING: BinningOptions = { minBinShare: 0.05, monotone: "auto" };

/** A bin of listed values (a special value, or a group of levels) and its counts. */
export interface SetBin extends BinCounts {
  readonly levels: readonly Level[];
}

/** One characteristic binned: range bins, set bins, the missing bin, WOE and IV over all of them. */
export interface CharacteristicBins {
  readonly kind: "number" | "category";
  /** "none": no monotone rule (--monotone none, manual breaks, or a category). */
  readonly trend: Trend | "none";
  /** base: the base policy's points; best: the trend with the higher IV; option: asked for; breaks: manual; levels: a category, ordered by bad rate. */
  readonly trendFrom: "base" | "best" | "option" | "breaks" | "levels";
  /** Range bins in value order (none for a category). */
  readonly bins: readonly CountedBin[];
  /** Set bins: special values of a number field, or a category's groups. */
  readonly sets: readonly SetBin[];
  /** Records without a value; absent when every record has one. */
  readonly missing?: BinCounts;
  /** WOE of `bins`, then `sets`, then `missing` when present. */
  readonly woe: readonly BinWoe[];
  readonly iv: number;
  /** Special values no training record has: they get no bin. */
  readonly absentSpecials: readonly number[];
  /** Category levels seen in training that no manual group lists: scored as an unseen level (WOE 0). */
  readonly unlisted?: SetBin;
}
