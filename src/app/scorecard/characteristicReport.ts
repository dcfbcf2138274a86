import type { CharacteristicBins, Level } from "../../engine/scorecardFit/binningOptions.js";
import type { FittedCharacteristic } from "./fitScorecard.js";
import { fixed } from "./labelledChecks.js";

/** One bin as reported: its range (or missing), counts, rates, WOE, IV and points. */
export interface BinReport {
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly missing?: true;
  /** A set bin: the levels (or special value) it lists. */
  readonly levels?: readonly Level[];
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
  readonly trend: CharacteristicBins["trend"];
  readonly trendFrom: CharacteristicBins["trendFrom"];
  readonly coefficient?: number;
  readonly bins: readonly BinReport[];
  /** Special values no training record has (no bin). */
  readonly absentSpecials?: readonly number[];
  /** Levels no manual group lists: scored `other` (0 points). */
  readonly unlisted?: { readonly levels: readonly Level[]; readonly records: number };
}

/** A set bin as people read it: a special value "= -1", a group "{app, web}". */
export function setLabel(levels: readonly Level[], kind: CharacteristicBins["kind"]): string {
  return kind === "number" && levels.length === 1 ? `= ${String(levels[0])}` : `{${levels.map(String).join(", ")}}`;
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
  const all = [
    ...binned.bins.map((b) => ({ ...b, label: rangeLabel(b.min, b.max), range: { ...(b.min === undefined ? {} : { min: b.min }), ...(b.max === undefined ? {} : { max: b.max }) } })),
    ...binned.sets.map((b) => ({ ...b, label: setLabel(b.levels, binned.kind), range: { levels: b.levels } })),
    ...(binned.missing ? [{ ...binned.missing, label: "missing", range: { missing: true as const } }] : []),
  ];
  const bins = all.map((b, i): BinReport => {
    const records = b.goods + b.bads;
    const woe = binned.woe[i] as { woe: number; iv: number };
    return {
      label: b.label,
      ...b.range,
      records,
      share: fixed(records / trainRecords),
      goods: b.goods,
      bads: b.bads,
      badRate: records === 0 ? 0 : fixed(b.bads / records),
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
    ...(binned.absentSpecials.length ? { absentSpecials: binned.absentSpecials } : {}),
    ...(binned.unlisted ? { unlisted: { levels: binned.unlisted.levels, records: binned.unlisted.goods + binned.unlisted.bads } } : {}),
  };
}
