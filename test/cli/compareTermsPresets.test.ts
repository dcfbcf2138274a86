import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const rows = (r: { stdout: string }) => (JSON.parse(r.stdout) as { offers: { name: string; terms: number }[] }).offers.map((o) => `${o.name}${o.terms}`);
const twoOffers = ["compare", "10000", "--offer", "name=a,apr=12", "--offer", "name=b,apr=24", "--format", "json"];

describe("compare --terms: every offer at every term, --sort", () => {
  // PMT factors r/(1−(1+r)^−n): r = 1%: n=3 0.340022 → 3,400.22; n=12 0.088849 → 888.49
  //                              r = 2%: n=3 0.346755 → 3,467.55; n=12 0.094560 → 945.60
  it("--sort payment: lowest first payment first (888.49, 945.60, 3,400.22, 3,467.55)", async () => {
    const r = await runCli([...twoOffers, "--terms", "3,12", "--sort", "payment"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(rows(r)).toEqual(["a12", "b12", "a3", "b3"]);
  });

  it("--sort cost: lowest total cost first (≈200.66, 402.65, 661.88, 1,347.20)", async () => {
    // a3: 3 × 3,400.22 − 10,000 ≈ 200.66; b3 ≈ 402.65; a12: 12 × 888.49 − 10,000 ≈ 661.88; b12 ≈ 1,347.20
    const r = await runCli([...twoOffers, "--terms", "3,12", "--sort", "cost"]);
    expect(rows(r)).toEqual(["a3", "b3", "a12", "b12"]);
  });

  it("ranges: 3-5 is 3, 4 and 5; ties keep the input order under every sort", async () => {
    for (const sort of ["rate", "cost", "payment"]) {
      const r = await runCli(["compare", "10000", "--offer", "name=x,apr=12", "--offer", "name=y,apr=12", "--terms", "3-5,12", "--sort", sort, "--format", "json"]);
      const got = rows(r);
      expect(got.length, sort).toBe(8);
      // x and y are the same loan: y never ranks before x. Under cost and payment they are
      // adjacent; under rate every term reads 12.00% as disclosed, so all eight tie and keep input order.
      for (const t of [3, 4, 5, 12]) {
        if (sort === "rate") expect(got.indexOf(`x${t}`), `${sort} ${t}`).toBeLessThan(got.indexOf(`y${t}`));
        else expect(got.indexOf(`x${t}`), `${sort} ${t}`).toBe(got.indexOf(`y${t}`) - 1);
      }
      if (sort === "rate") expect(got).toEqual(["x3", "x4", "x5", "x12", "y3", "y4", "y5", "y12"]);
    }
  });

  it("the table's note says what it is sorted by", async () => {
    const r = await runCli([...twoOffers.slice(0, -2), "--terms", "3", "--sort", "cost", "--lang", "en"]);
    expect(r.stdout).toContain("Lowest total cost first; total cost = interest + all fees");
  });

  it.each([
    [["--terms", "12-3"], "--terms: the range 12-3 runs backwards (write 3-12)"],
    [["--terms", "3,3"], '--terms: 3 terms given twice in "3,3"'],
    [["--terms", "3,,6"], '--terms: expected terms such as 3,6,9,12 or 3-12, got "3,,6"'],
    [["--terms", "0"], '--terms: expected a whole number from 1 to 360, got "0"'],
    [["--sort", "apr"], '--sort: expected one of rate, cost, payment, got "apr"'],
  ])("%j is refused", async (extra, message) => {
    const r = await runCli([...twoOffers, ...extra]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `error: ${message}\n`]);
  });
});

describe("compare --preset: the bundled offers by id, name or unique prefix", () => {
  // 借呗's published price (data/presets.json): 0.04% a day, ×360, charged daily, 12 terms.
  const jiebei = ["compare", "10000", "--offer", "name=借呗,daily-rate=0.04,year-basis=360,interest=daily,terms=12", "--format", "json", "--start", "2026-01-15"];
  it.each(["jiebei", "借呗", "jie", "JIEBEI"])("--preset %s is 借呗 as written by hand", async (name) => {
    const [preset, byHand] = [await runCli(["compare", "10000", "--preset", name, "--format", "json", "--start", "2026-01-15"]), await runCli(jiebei)];
    expect([preset.code, preset.stdout]).toEqual([0, byHand.stdout]);
  });

  it("a unique prefix of a name: 花呗分期 6 is huabei-6; with --terms it keeps its own term and says so", async () => {
    const r = await runCli(["compare", "10000", "--preset", "花呗分期 6", "--terms", "3,6", "--format", "json"]);
    expect(rows(r)).toEqual(["花呗分期 6期6"]);
    expect(r.stderr).toBe('note: offer 1 ("花呗分期 6期") keeps its 6 terms: its total-fee-rate is the fee for that term only\n');
  });

  it("随身贷 matches two presets: an error listing both", async () => {
    const r = await runCli(["compare", "10000", "--preset", "随身贷"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", 'error: --preset "随身贷": matches 2 presets: suishendai-floor (随身贷 floor (低至)), suishendai-cap (随身贷 cap); give one id\n']);
  });

  it("--list-presets prints every id with its name, price, source and date", async () => {
    const r = await runCli(["compare", "--list-presets", "--lang", "en"]);
    expect(r.code).toBe(0);
    const ids = r.stdout.split("\n").filter((l) => /^\S/.test(l)).map((l) => l.split("  ")[0]);
    expect(ids).toEqual(["suishendai-floor", "suishendai-cap", "jiebei", "huabei-3", "huabei-6", "huabei-9", "huabei-12", "baitiao", "yuefu", "card"]);
    expect(r.stdout).toContain("jiebei  借呗\n  daily-rate 0.04%, year-basis 360, interest daily; 12 terms; equal-installment\n  source: 支付宝借呗");
    expect(r.stdout).toContain("(as of 2026-11-25)");
  });
});
