import { describe, expect, it } from "vitest";
import { binCharacteristic } from "../../../src/engine/scorecardFit/binCharacteristic.js";
import { binAt, woeColumn } from "../../../src/engine/scorecardFit/binLookup.js";
import { DEFAULT_BINNING, type BinningOptions } from "../../../src/engine/scorecardFit/binningOptions.js";
import { binCategories } from "../../../src/engine/scorecardFit/categoryBins.js";

// Binning control on sets of ≤ 30 records, every count, WOE and IV worked by hand.
// WOE = ln(%good ÷ %bad), IV = Σ (%good − %bad) × WOE; a count of 0 counts as 0.5, an empty bin is WOE 0.

const repeat = <T>(pairs: readonly [T, number][]) => pairs.flatMap(([v, n]) => new Array<T>(n).fill(v));
const opts = (o: Partial<BinningOptions>): BinningOptions => ({ ...DEFAULT_BINNING, ...o });
const counts = (bins: readonly { goods: number; bads: number }[]) => bins.map((b) => [b.goods, b.bads]);

describe("manual breaks (--breaks FIELD=3,6,20): exactly [−∞,3), [3,6), [6,20), [20,∞), no merging", () => {
  // values 1..10, two records each (20); bads: both 1s, one 2 → <3: 1 good 3 bad;
  // one 3, one 5 → [3,6): 4 good 2 bad; one 10 → [6,20): 9 good 1 bad; [20,∞) empty.   totals 14 goods, 6 bads
  const values = repeat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => [v, 2] as [number, number]));
  const targets = [1, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] as const;
  const b = binCharacteristic(values, targets, "falling", opts({ breaks: [3, 6, 20] }));

  it("counts each bin and keeps the empty one", () => {
    expect(b.bins.map((x) => [x.min, x.max])).toEqual([[undefined, 3], [3, 6], [6, 20], [20, undefined]]);
    expect(counts(b.bins)).toEqual([[1, 3], [4, 2], [9, 1], [0, 0]]);
    expect([b.trend, b.trendFrom]).toEqual(["none", "breaks"]);
  });

  it("WOE and IV by hand", () => {
    // <3:     1/14 = 0.0714286, 3/6 = 0.5       → ln(0.1428571) = −1.9459101, IV (−0.4285714)(−1.9459101) = 0.8339615
    // [3,6):  4/14 = 0.2857143, 2/6 = 0.3333333 → ln(0.8571429) = −0.1541507, IV (−0.0476190)(−0.1541507) = 0.0073405
    // [6,20): 9/14 = 0.6428571, 1/6 = 0.1666667 → ln(3.8571429) =  1.3499267, IV ( 0.4761905)( 1.3499267) = 0.6428222
    // [20,∞): empty → 0, 0.                       IV = 1.4841242
    expect(b.woe.map((w) => w.woe)).toEqual([expect.closeTo(-1.9459101, 6), expect.closeTo(-0.1541507, 6), expect.closeTo(1.3499267, 6), 0]);
    expect(b.iv).toBeCloseTo(1.4841242, 6);
  });
});

describe("special values (--special FIELD=-1,9999): a bin of their own, before the ranges", () => {
  // −1 four times (3 bad); 1..4 twice each (2 bad); 5..8 twice each (1 bad). Breaks at 5 keep the ranges fixed.
  const values = [...repeat<number>([[-1, 4]]), ...repeat([1, 2, 3, 4, 5, 6, 7, 8].map((v) => [v, 2] as [number, number]))];
  const targets = [1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0] as const;
  const b = binCharacteristic(values, targets, undefined, opts({ breaks: [5], special: [-1, 9999] }));

  it("counts −1 apart; 9999, in no record, gets no bin and is reported", () => {
    expect(counts(b.bins)).toEqual([[6, 2], [7, 1]]);
    expect(b.sets).toEqual([{ levels: [-1], goods: 1, bads: 3 }]);
    expect(b.absentSpecials).toEqual([9999]);
  });

  it("WOE and IV by hand (14 goods, 6 bads)", () => {
    // <5: 6/14, 2/6 → ln(1.2857143) = 0.2513144, IV 0.0239347
    // ≥5: 7/14, 1/6 → ln(3)         = 1.0986123, IV 0.3662041
    // −1: 1/14, 3/6 → ln(0.1428571) = −1.9459101, IV 0.8339615        IV = 1.2241003
    expect(b.woe.map((w) => w.woe)).toEqual([expect.closeTo(0.2513144, 6), expect.closeTo(1.0986123, 6), expect.closeTo(-1.9459101, 6)]);
    expect(b.iv).toBeCloseTo(1.2241003, 6);
  });

  it("a record is scored by its set bin first, else its range; 9999 falls in ≥5", () => {
    expect([binAt(b, -1), binAt(b, 0), binAt(b, 5), binAt(b, 9999), binAt(b, undefined)]).toEqual([2, 0, 1, 1, undefined]);
    expect(Array.from(woeColumn([-1, undefined], b))).toEqual([expect.closeTo(-1.9459101, 6), 0]);
  });
});

describe("a category: levels ordered by bad rate, neighbours merged to the min share and max bins", () => {
  // 30 records: app 10 (1 bad), web 8 (2 bad), store 8 (4 bad), kiosk 1 (0 bad), missing 3 (1 bad). 22 goods, 8 bads.
  const values = [...repeat<string | undefined>([["app", 10], ["web", 8], ["store", 8], ["kiosk", 1], [undefined, 3]])];
  const targets = [...repeat<0 | 1>([[1, 1], [0, 9], [1, 2], [0, 6], [1, 4], [0, 4], [0, 1], [1, 1], [0, 2]])];

  it("kiosk (1 record < ⌈5% × 30⌉ = 2, no bads) joins its only neighbour app; WOE and IV by hand", () => {
    // order by bad rate: kiosk 0, app 0.1, web 0.25, store 0.5
    // {kiosk, app}: 10/22 = 0.4545455, 1/8 = 0.125 → ln(3.6363636) =  1.2909842, IV 0.4254380
    // {web}:         6/22 = 0.2727273, 2/8 = 0.25  → ln(1.0909091) =  0.0870114, IV 0.0019775
    // {store}:       4/22 = 0.1818182, 4/8 = 0.5   → ln(0.3636364) = −1.0116009, IV 0.3218730
    // missing:       2/22 = 0.0909091, 1/8 = 0.125 → ln(0.7272727) = −0.3184537, IV 0.0108564     IV = 0.7601449
    const b = binCategories(values, targets);
    expect(b.sets.map((s) => s.levels)).toEqual([["kiosk", "app"], ["web"], ["store"]]);
    expect(counts(b.sets)).toEqual([[10, 1], [6, 2], [4, 4]]);
    expect(b.missing).toEqual({ goods: 2, bads: 1 });
    expect(b.woe.map((w) => w.woe)).toEqual([expect.closeTo(1.2909842, 6), expect.closeTo(0.0870114, 6), expect.closeTo(-1.0116009, 6), expect.closeTo(-0.3184537, 6)]);
    expect(b.iv).toBeCloseTo(0.7601449, 6);
    expect(binAt(b, "kiosk")).toBe(0);
    expect(binAt(b, "tv")).toBeUndefined(); // unseen → WOE 0
  });

  it("--max-bins 2: the pair with the closest bad rates (0.0909 and 0.25, gap 0.159 < 0.25) merges", () => {
    // {kiosk, app, web}: 16/22, 3/8 → ln(1.9393939) = 0.6623755; store −1.0116009; missing −0.3184537; IV 0.5660662
    const b = binCategories(values, targets, opts({ maxBins: 2 }));
    expect(b.sets.map((s) => s.levels)).toEqual([["kiosk", "app", "web"], ["store"]]);
    expect(b.iv).toBeCloseTo(0.5660662, 6);
  });

  it("--breaks channel=app|web,store: exactly those groups; kiosk, in none, is set apart and scored as unseen", () => {
    // totals without kiosk: 21 goods, 8 bads
    // {app, web}: 15/21 = 0.7142857, 3/8 → ln(1.9047619) = 0.6443570, IV 0.2186211
    // {store}:     4/21 = 0.1904762, 4/8 → ln(0.3809524) = −0.9650809, IV 0.2987155
    // missing:     2/21 = 0.0952381, 1/8 → ln(0.7619048) = −0.2719337, IV 0.0080933     IV = 0.5254299
    const b = binCategories(values, targets, opts({ groups: [["app", "web"], ["store"]] }));
    expect(counts(b.sets)).toEqual([[15, 3], [4, 4]]);
    expect(b.unlisted).toEqual({ levels: ["kiosk"], goods: 1, bads: 0 });
    expect(b.iv).toBeCloseTo(0.5254299, 6);
    expect(binAt(b, "kiosk")).toBeUndefined();
  });
});

describe("the monotone rule and max bins on four values, five records each", () => {
  // value 1: 3 bad of 5 (0.6), 2: 1 (0.2), 3: 2 (0.4), 4: 1 (0.2); fine bins: one per value
  const values = repeat<number>([[1, 5], [2, 5], [3, 5], [4, 5]]);
  const targets = [...repeat<0 | 1>([[1, 3], [0, 2], [1, 1], [0, 4], [1, 2], [0, 3], [1, 1], [0, 4]])];
  const bin = (o: Partial<BinningOptions>) => binCharacteristic(values, targets, undefined, opts(o));

  it("none: no merging — four bins", () => {
    expect(counts(bin({ monotone: "none" }).bins)).toEqual([[2, 3], [4, 1], [3, 2], [4, 1]]);
  });

  it("descending: 0.2 → 0.4 goes up, so 2 and 3 merge (0.3): 0.6, 0.3, 0.2; IV by hand", () => {
    // <2:  2/13 = 0.1538462, 3/7 = 0.4285714 → −1.0245043, IV 0.2814572
    // 2–4: 7/13 = 0.5384615, 3/7 = 0.4285714 →  0.2282587, IV 0.0250834
    // ≥4:  4/13 = 0.3076923, 1/7 = 0.1428571 →  0.7672552, IV 0.1264706     IV = 0.4330112
    const b = bin({ monotone: "descending" });
    expect(b.bins.map((x) => [x.min, x.max])).toEqual([[undefined, 2], [2, 4], [4, undefined]]);
    expect([b.trend, b.trendFrom]).toEqual(["falling", "option"]);
    expect(b.iv).toBeCloseTo(0.4330112, 6);
  });

  it("ascending: 1 and 2 merge (0.4), then with 3 (0.4, not rising), then with 4 — one bin", () => {
    const b = bin({ monotone: "ascending" });
    expect(counts(b.bins)).toEqual([[13, 7]]);
    expect(b.trend).toBe("rising");
  });

  it("auto with no base trend: the trend with more IV (falling)", () => {
    expect([bin({}).trend, bin({}).trendFrom]).toEqual(["falling", "best"]);
  });

  it("none with --max-bins 3: gaps 0.4, 0.2, 0.2 — the first closest pair (2, 3) merges; --max-bins 2: then 0.3 and 0.2 (gap 0.1)", () => {
    expect(counts(bin({ monotone: "none", maxBins: 3 }).bins)).toEqual([[2, 3], [7, 3], [4, 1]]);
    expect(counts(bin({ monotone: "none", maxBins: 2 }).bins)).toEqual([[2, 3], [11, 4]]);
  });

  it("--min-bin-share 0.3 (6 of 20): every 5-record bin is too small and merges into its closer neighbour", () => {
    // none: smallest first (all 5, the first): 0.6 joins 0.2 (its only neighbour) → 0.4 (10), 0.4, 0.2;
    // then 3 (0.4): left 0.4 gap 0, right 0.2 → left → 0.4 (15), then 4 (0.2) → left → one bin
    expect(counts(bin({ monotone: "none", minBinShare: 0.3 }).bins)).toEqual([[13, 7]]);
  });
});
