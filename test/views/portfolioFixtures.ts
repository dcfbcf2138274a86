import type { Book, BookTotals, MonthRow, PortfolioResult } from "../../src/engine/portfolio/result.js";
import { DEFAULT_ECONOMICS } from "../../src/engine/portfolio/economics.js";

// Small portfolio results written by hand. Each figure agrees with the others
// (the arithmetic is in the comments), so a view that shows them can be
// checked against these comments, not against its own output.

const month = (m: number, active: number, outstanding: string, dpd1to30: string, dpd31to60: string, dpd90plus: string, npl: string, chargeOffs: string, recoveries: string, interestIncome: string, fundingCost: string, netIncome: string): MonthRow =>
  ({ month: m, active, outstanding, dpd1to30, dpd31to60, dpd61to90: "0.00", dpd90plus, npl, chargeOffs, recoveries, interestIncome, fundingCost, operatingCost: "0.00", vat: "0.00", netIncome });

/** The champion: 100 loans, 500,000.00 booked at 20 a loan. */
export const CHAMPION_MONTHS: readonly MonthRow[] = [
  month(0, 100, "500000.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "0.00", "0.00", "-2000.00"), // −100 × 20
  month(1, 98, "420123.45", "5000.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "8401.23", "1458.33", "6942.90"), // 8401.23 − 1458.33
  month(2, 95, "338000.00", "4200.00", "3900.00", "0.00", "0.0000", "0.00", "0.00", "6760.00", "1225.36", "5534.64"), // 6760.00 − 1225.36
  // NPL 5391.23 ÷ 251234.56 = 0.021459 → 0.0215; net 5024.69 − 916.17 − (1200.00 − 150.00) = 3058.52
  month(3, 93, "251234.56", "3000.00", "2500.00", "5391.23", "0.0215", "1200.00", "150.00", "5024.69", "916.17", "3058.52"),
];

const CHAMPION_TOTALS: BookTotals = {
  applicants: 200, valid: 190, approved: 150,
  approvalRate: "0.7895", // 150 ÷ 190 = 0.78947
  booked: 100,
  takeUpRate: "0.6667", // 100 ÷ 150
  bookedAmount: "500000.00", expectedLoss: "12345.67",
  simulatedLoss: "1050.00", // 1200.00 − 150.00
  defaults: 3, chargeOffs: "1200.00", recoveries: "150.00",
  interestIncome: "20185.92", // 8401.23 + 6760.00 + 5024.69
  fundingCost: "3599.86", // 1458.33 + 1225.36 + 916.17
  bookingCost: "2000.00",
  netIncome: "13536.06", // 20185.92 − 3599.86 − 1050.00 − 2000.00 = Σ month net
  peakNpl: "0.0215", peakNplMonth: 3, steadyStateNpl: "0.0121",
  netMargin: "0.0271", // 13536.06 ÷ 500000 = 0.02707
  returnOnAverageAssets: "0.1609", // 13536.06 ÷ ((420123.45 + 338000 + 251234.56) ÷ 3) × 12 ÷ 3 = 0.16093
  lossRate: "0.0125", // 1050.00 × 12 ÷ 1009358.01 = 0.01248
  operatingCost: "0.00", vat: "0.00", bookNpl: "0.0000",
  customers: 100, lifetimeValue: "135.36", lifetimeValueToAcquisition: "6.7680", // 13536.06 ÷ 100; ÷ 20
};

export const CHAMPION: Book = {
  role: "champion",
  policy: "default v3",
  economics: DEFAULT_ECONOMICS,
  totals: CHAMPION_TOTALS,
  months: CHAMPION_MONTHS,
  vintages: [],
  rollRates: [],
  bands: [
    // 8000 ÷ 320000 = 0.0250; 5536.06 ÷ 180000 = 0.030756 → 0.0308; the bands add up to the totals
    { band: "A", approved: 90, booked: 60, bookedAmount: "320000.00", meanPd: "0.0120", worldPd: "0.0300", calibrationGap: "-0.0180", defaultRate: "0.0167", expectedLoss: "5000.00", simulatedLoss: "300.00", interestIncome: "11000.00", netIncome: "8000.00", netMargin: "0.0250", lossRate: "0.0100" },
    { band: "B", approved: 60, booked: 40, bookedAmount: "180000.00", meanPd: "0.0450", worldPd: "0.0400", calibrationGap: "0.0050", defaultRate: "0.0250", expectedLoss: "7345.67", simulatedLoss: "750.00", interestIncome: "9185.92", netIncome: "5536.06", netMargin: "0.0308", lossRate: "0.0100" },
  ],
};

/** One book, one run. */
export const SINGLE: PortfolioResult = { world: "default world", originateMonths: 1, seed: 42, runs: 1, horizon: 3, nplTarget: "0.0300", invalid: 0, books: [CHAMPION] };

export const CHALLENGER: Book = {
  role: "challenger",
  policy: "looser v4",
  economics: DEFAULT_ECONOMICS,
  totals: {
    ...CHAMPION_TOTALS, approved: 165, approvalRate: "0.8684", booked: 110, bookedAmount: "550000.00",
    simulatedLoss: "1750.00", chargeOffs: "2000.00", recoveries: "250.00", interestIncome: "22150.00",
    fundingCost: "3230.21", // 1344.58 + 1080.63 + 805.00
    bookingCost: "2200.00",
    netIncome: "14969.79", // 22150.00 − 3230.21 − 1750.00 − 2200.00
    peakNpl: "0.0300", peakNplMonth: 3, steadyStateNpl: "0.0190",
    netMargin: "0.0272", // 14969.79 ÷ 550000 = 0.027218
    returnOnAverageAssets: "0.1622",
  },
  vintages: [],
  rollRates: [],
  months: [
    month(0, 110, "550000.00", "0.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "0.00", "0.00", "-2200.00"),
    month(1, 107, "461000.00", "6000.00", "0.00", "0.00", "0.0000", "0.00", "0.00", "9220.00", "1344.58", "7875.42"),
    month(2, 103, "370500.00", "5000.00", "4500.00", "0.00", "0.0000", "0.00", "0.00", "7410.00", "1080.63", "6329.37"),
    // NPL 8280 ÷ 276000 = 0.0300; net 5520.00 − 805.00 − (2000.00 − 250.00) = 2965.00
    month(3, 100, "276000.00", "4000.00", "3000.00", "8280.00", "0.0300", "2000.00", "250.00", "5520.00", "805.00", "2965.00"),
  ],
  bands: [{ band: "A", approved: 165, booked: 110, bookedAmount: "550000.00", meanPd: "0.0260", worldPd: "0.0350", calibrationGap: "-0.0090", defaultRate: "0.0273", expectedLoss: "14000.00", simulatedLoss: "1750.00", interestIncome: "22150.00", netIncome: "14969.79", netMargin: "0.0272", lossRate: "0.0100" }],
};

/** Champion and challenger, with the swap set: 140 + 10 + 25 + 15 = 190 valid applicants. */
export const CHALLENGED: PortfolioResult = {
  ...SINGLE,
  invalid: 10,
  books: [CHAMPION, CHALLENGER],
  swap: [
    { cell: "both", count: 140, meanPd: "0.0200", champion: { bookedAmount: "480000.00", simulatedLoss: "900.00" }, challenger: { bookedAmount: "470000.00", simulatedLoss: "1000.00" } },
    { cell: "championOnly", count: 10, meanPd: "0.0300", champion: { bookedAmount: "20000.00", simulatedLoss: "150.00" }, challenger: { bookedAmount: "0.00", simulatedLoss: "0.00" } },
    { cell: "challengerOnly", count: 25, meanPd: "0.0800", champion: { bookedAmount: "0.00", simulatedLoss: "0.00" }, challenger: { bookedAmount: "80000.00", simulatedLoss: "750.00" } },
    { cell: "neither", count: 15, meanPd: null, champion: { bookedAmount: "0.00", simulatedLoss: "0.00" }, challenger: { bookedAmount: "0.00", simulatedLoss: "0.00" } },
  ],
};

/** Three runs: means (approved (150 + 151 + 151) ÷ 3 is fractional) and 5–95% ranges. */
export const RANGED: PortfolioResult = {
  ...SINGLE,
  runs: 3,
  books: [{
    ...CHAMPION,
    totals: { ...CHAMPION_TOTALS, approved: 452 / 3 },
    ranges: {
      approved: { p5: "150", p95: "151" },
      booked: { p5: "98", p95: "103" },
      bookedAmount: { p5: "490000.00", p95: "512345.67" },
      simulatedLoss: { p5: "800.00", p95: "1400.50" },
      netIncome: { p5: "12001.49", p95: "15000.50" },
      peakNpl: { p5: "0.0180", p95: "0.0250" },
      steadyStateNpl: { p5: "0.0100", p95: "0.0140" },
      netMargin: { p5: "0.0240", p95: "0.0300" },
      returnOnAverageAssets: { p5: "0.1400", p95: "0.1800" },
      lossRate: { p5: "0.0100", p95: "0.0150" },
    },
  }],
};

/** A sweep of four APRs against a 2.50% NPL target: 22 and 24 are over it (0.0251 and 0.0320 > 0.0250); 20 sits on it. */
export const SWEEP: PortfolioResult = {
  ...SINGLE,
  nplTarget: "0.0250",
  books: ["18", "20", "22", "24"].map((value) => ({ ...CHAMPION, sweepValue: value })),
  sweep: {
    path: "bands.0.apr",
    points: [
      { value: "18", approvalRate: "0.6000", bookedAmount: "400000.00", peakNpl: "0.0300", steadyStateNpl: "0.0150", lossRate: "0.0100", netMargin: "0.0200", netIncome: "8000.00", overTarget: false },
      { value: "20", approvalRate: "0.7000", bookedAmount: "480000.00", peakNpl: "0.0500", steadyStateNpl: "0.0250", lossRate: "0.0100", netMargin: "0.0250", netIncome: "12000.00", overTarget: false },
      { value: "22", approvalRate: "0.7500", bookedAmount: "520000.00", peakNpl: "0.0502", steadyStateNpl: "0.0251", lossRate: "0.0100", netMargin: "0.0280", netIncome: "14560.00", overTarget: true },
      { value: "24", approvalRate: "0.8000", bookedAmount: "560000.00", peakNpl: "0.0640", steadyStateNpl: "0.0320", lossRate: "0.0100", netMargin: "0.0210", netIncome: "11760.00", overTarget: true },
    ],
    firstOverTarget: "22",
  },
};

/** Every fixture, by name. */
export const FIXTURES = { SINGLE, CHALLENGED, RANGED, SWEEP } as const;
