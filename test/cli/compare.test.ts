import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.js";

const presets = fileURLToPath(new URL("../../data/presets.json", import.meta.url));

describe("compare", () => {
  it("ranks offers by IRR with the spec's JSON (随身贷 floor figures from the spec)", async () => {
    const r = await runCli(["compare", "10000", "--offer", "name=card,method=flat-fee,fee-rate=0.6,terms=12", "--offer", "name=随身贷 floor,apr=7.3,terms=12", "--start", "2026-01-15", "--format", "json"]);
    expect(r.code).toBe(0);
    const { offers } = JSON.parse(r.stdout);
    expect(offers.map((o: { name: string }) => o.name)).toEqual(["随身贷 floor", "card"]);
    expect(offers[0]).toEqual({ name: "随身贷 floor", method: "equal-installment", terms: 12, amount: "10000.00", firstPayment: "866.65", totalPayment: "10399.82", totalCost: "399.82", annualizedRate: "7.3001", annualizedRateCompound: "7.5494", exceedsCap: false });
    expect([offers[1].totalCost, offers[1].annualizedRate.slice(0, 5)]).toEqual(["720.00", "13.03"]);
  });

  it("prints a ranking of the shipped presets", async () => {
    const r = await runCli(["compare", "10000", "--offers", presets, "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => /^│\s+\d+ │/.test(l))).toHaveLength(10);
    expect(lines[2]).toMatch(/│\s+1 │ 随身贷 floor/);
    expect(r.stdout).toMatch(/花呗分期 12期/);
  });

  it("reads offers from stdin with camelCase keys, and offers may carry their own amount", async () => {
    const stdin = JSON.stringify([{ name: "a", amount: 5000, dailyRate: 0.02, terms: 6 }, { name: "b", totalFeeRate: 4.5, method: "flat-fee", terms: 6 }]);
    const r = await runCli(["compare", "10000", "--offers", "-", "--format", "csv"], {}, false, stdin);
    expect(r.stdout.split("\r\n")[0]).toBe("rank,name,method,terms,amount,firstPayment,totalPayment,totalCost,annualizedRate,annualizedRateCompound,exceedsCap");
    expect(r.stdout).toMatch(/\r\n1,a,equal-installment,6,5000\.00,/);
    // By hand: fee 10,000 × 4.5% = 450 → 75.00 a period; principal floor(10,000/6) = 1,666.66 with the
    // 0.04 left over on the first: 1,666.70 + 75.00 = 1,741.70. IRR: the 15.27% (15.2678…).
    expect(r.stdout).toMatch(/\r\n2,b,flat-fee,6,10000\.00,1741\.70,10450\.00,450\.00,15\.26/);
  });
});

describe("an offers file that cannot be read", () => {
  it("is an I/O failure: one line, exit 1", async () => {
    const r = await runCli(["compare", "10000", "--offers", join(tmpdir(), "suishendai-no-such-offers.json")]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toMatch(/^error: --offers: cannot read .*no-such-offers.json: no such file|ENOENT/);
  });
});

describe("bad input for the true-cost options", () => {
  const dir = mkdtempSync(join(tmpdir(), "suishendai-"));
  const broken = join(dir, "broken.json");
  writeFileSync(broken, "[{\"name\": \"x\", \"apr\": 12,}]");
  const wrongKey = join(dir, "wrong.json");
  writeFileSync(wrongKey, JSON.stringify([{ name: "x", rate: 12 }]));

  it.each([
    ["a fee above 100%", ["quote", "10000", "--method", "flat-fee", "--fee-rate", "120", "--product", "none"], /--fee-rate: must be from 0 to 100%/],
    ["an upfront fee above 100%", ["quote", "10000", "--apr", "12", "--upfront-fee", "101%"], /--upfront-fee: must be from 0 to 100%/],
    ["an upfront fee eating the loan", ["quote", "10000", "--apr", "12", "--upfront-fee", "10000"], /--upfront-fee: the upfront fee 10000.00 leaves nothing/],
    ["flat-fee without a fee", ["quote", "10000", "--method", "flat-fee", "--product", "none"], /give exactly one of --fee-rate/],
    ["flat-fee with an APR", ["quote", "10000", "--method", "flat-fee", "--apr", "12", "--fee-rate", "1", "--product", "none"], /--apr: flat-fee charges a fee, not interest/],
    ["flat-fee on the suishendai product", ["quote", "10000", "--method", "flat-fee", "--fee-rate", "1"], /--method: product suishendai repays by/],
    ["prepay after the last period", ["quote", "10000", "--apr", "12", "--prepay", "12"], /--prepay: period must be from 1 to 11/],
    ["prepay on a date past the end", ["quote", "10000", "--apr", "12", "--prepay-on", "2030-01-01"], /--prepay-on: prepay date must fall after 2026-01-15 and before the last due date 2027-01-15/],
    ["prepay more than owed", ["quote", "10000", "--apr", "12", "--prepay", "4:99999"], /--prepay: amount 99999.00 is more than the payoff/],
    ["prepay-mode alone", ["quote", "10000", "--apr", "12", "--prepay-mode", "reduce-term"], /--prepay-mode: needs --prepay/],
    ["overdue period that does not exist", ["quote", "10000", "--apr", "12", "--overdue", "13:5"], /--overdue: period must be from 1 to 12, got 13/],
    ["overdue malformed", ["quote", "10000", "--apr", "12", "--overdue", "3"], /--overdue: expected <period>:<days>/],
    ["unknown interest basis", ["quote", "10000", "--apr", "12", "--interest", "weekly"], /--interest: expected one of monthly, daily/],
    ["malformed offer string", ["compare", "10000", "--offer", "name=x,,apr=3"], /^error: offer 1 \("x"\): empty entry/],
    ["offer with an unknown key", ["compare", "10000", "--offer", "name=x,rate=3"], /^error: offer 1 \("x"\): unknown key "rate"/],
    ["offer with a bad value", ["compare", "10000", "--offer", "name=x,apr=abc"], /^error: offer 1 \("x"\): apr: expected a percentage/],
    ["offer without amount", ["compare", "--offer", "name=x,apr=3"], /^error: offer 1 \("x"\): no amount/],
    ["no offers", ["compare", "10000"], /give at least one offer/],
    ["offers file that is not JSON", ["compare", "10000", "--offers", broken], /--offers .*broken.json: not valid JSON/],
    ["offers file with a wrong key", ["compare", "10000", "--offers", wrongKey], /^error: offer 1 \("x"\): unknown key "rate"/],
  ])("%s", async (_name, argv, message) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
