import type { Trend } from "../../engine/scorecardFit/monotoneMerge.js";
import type { FittedCharacteristic } from "./fitScorecard.js";
import { fixed } from "./labelledChecks.js";

/** One bin as reported: its range (or missing), counts, rates, WOE, IV and points. */
export interface BinReport {
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly missing?: true;
  readonly records: number;
  readonly share: number;
  readonly goods: number;
  readonly bads: number;
  readonly badRate: number;
  readonly woe: number;
  readonly iv: number;
  readonly points: number | null;
}

/** One characteristic as reported: kept or dropped, its IV, trend and bins. */
export interface CharacteristicReport {
  readonly id: string;
  readonly field: string;
  readonly iv: number;
  readonly kept: boolean;
  /** Why it is not kept: IV under the minimum, or forward selection left it out (then its p-value when selection stopped, if its fit converged). */
  readonly reason?: "lowIv" | "notSelected";
  readonly selectionPValue?: number;
  readonly trend: Trend;
  readonly trendFrom: "base" | "best";
  readonly coefficient?: number;
  readonly bins: readonly BinReport[];
}

/** A range as the policy docs write it: [min, max). */
export function rangeLabel(min: number | undefined, max: number | undefined): string {
  if (min === undefined && max === undefined) return "all";
  if (min === undefined) return `<${max}`;
  if (max === undefined) return `≥${min}`;
  return `${min}–${max}`;
}

export function describeCharacteristic(c: FittedCharacteristic, trainRecords: number): CharacteristicReport {
  const { binned } = c;
  const all = [...binned.bins.map((b) => ({ ...b, missing: false })), ...(binned.missing ? [{ ...binned.missing, missing: true }] : [])];
  const bins = all.map((b, i): BinReport => {
    const records = b.goods + b.bads;
    const min = "min" in b ? b.min : undefined;
    const max = "max" in b ? b.max : undefined;
    const range = b.missing ? { missing: true as const } : { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    const woe = binned.woe[i] as { woe: number; iv: number };
    return {
      label: b.missing ? "missing" : rangeLabel(min, max),
      ...range,
      records,
      share: fixed(records / trainRecords),
      goods: b.goods,
      bads: b.bads,
      badRate: fixed(b.bads / records),
      woe: fixed(woe.woe),
      iv: fixed(woe.iv),
      points: c.points ? (c.points[i] as number) : null,
    };
  });
  return {
    id: c.base.id,
    field: c.base.field,
    iv: fixed(binned.iv),
    kept: c.kept,
    ...(c.kept ? {} : c.notSelected ? { reason: "notSelected" as const, ...(c.notSelected.pValue === undefined ? {} : { selectionPValue: c.notSelected.pValue }) } : { reason: "lowIv" as const }),
    trend: binned.trend,
    trendFrom: binned.trendFrom,
    ...(c.coefficient === undefined ? {} : { coefficient: fixed(c.coefficient) }),
    bins,
  };
}
