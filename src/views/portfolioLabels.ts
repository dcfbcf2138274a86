import type { BookTotals, SwapCell } from "../engine/portfolio/result.js";
import type { Lang } from "./lang.js";

/** The totals a portfolio page lists, in order (peakNplMonth is written with peakNpl). */
export type TotalKey = Exclude<keyof BookTotals, "peakNplMonth">;

/** Every word the portfolio table prints, in each language. English stays plain ASCII, so `--ascii` output is ASCII. */
export interface PortfolioLabels {
  readonly title: (horizon: number, runs: number, seed: number, target: string) => string;
  readonly invalid: (n: number) => string;
  readonly world: (name: string) => string;
  readonly role: Readonly<Record<"champion" | "challenger", string>>;
  readonly policy: (role: string, policy: string) => string;
  readonly totalsTitle: string;
  readonly figure: string;
  readonly totals: Readonly<Record<TotalKey, string>>;
  readonly peakMonth: (month: number) => string;
  /** A 5–95% range, its ends on two lines when `split`. */
  readonly range: (p5: string, p95: string, split: boolean) => string;
  readonly rangeLabel: string;
  readonly rangeNote: (runs: number) => string;
  readonly meanNote: (runs: number) => string;
  readonly monthsTitle: (role: string) => string;
  readonly months: readonly [month: string, active: string, outstanding: string, dpd1to30: string, dpd31to60: string, dpd61to90: string, dpd90plus: string, npl: string, chargeOffs: string, recoveries: string, interest: string, funding: string, net: string];
  /** The month table's VAT and operating cost columns. */
  readonly monthVat: string;
  readonly monthOpex: string;
  readonly thousandsNote: string;
  readonly bandsTitle: (role: string) => string;
  readonly bands: readonly [band: string, approved: string, booked: string, bookedAmount: string, meanPd: string, expectedLoss: string, simulatedLoss: string, interest: string, net: string, margin: string];
  /** The band's calibration: the world's PD of its loans, the policy's PD minus it, the simulated default rate. */
  readonly calibration: readonly [worldPd: string, gap: string, defaultRate: string];
  readonly vintageTitle: (role: string) => string;
  readonly vintage: readonly [cohort: string, booked: string];
  readonly monthOnBook: (m: number) => string;
  readonly rollTitle: (role: string) => string;
  readonly rollFrom: string;
  readonly rollState: Readonly<Record<"current" | "dpd1to30" | "dpd31to60" | "dpd61to90" | "dpd90plus" | "paidOff" | "chargedOff", string>>;
  readonly swapTitle: string;
  readonly swapCell: Readonly<Record<SwapCell["cell"], string>>;
  readonly swap: readonly [cell: string, count: string, meanPd: string, championBooked: string, championLoss: string, challengerBooked: string, challengerLoss: string];
  readonly chartTitle: (role: string) => string;
  readonly chartNote: (outstanding: string, npl: string) => string;
  readonly chartLegend: (performing: string, dpd90plus: string) => string;
  readonly sweepTitle: (path: string, values: number) => string;
  readonly sweep: readonly [value: string, approvalRate: string, bookedAmount: string, peakNpl: string, lossRate: string, netMargin: string, netIncome: string];
  /** The band table's loss rate column. */
  readonly bandLossRate: string;
  readonly overLegend: (mark: string, target: string) => string;
  readonly firstOver: (value: string | null) => string;
  readonly sweepChartTitle: string;
  readonly sweepNote: (npl: string, booked: string) => string;
  readonly sweepChartLegend: (under: string, over: string, rule: string, target: string) => string;
}

// With --runs N the counts and money are means over the runs, but the ratios
// (NPL and its month too) are those of the mean book: its months pooled.
const ZH_MEAN = (runs: number) => `笔数与金额：${runs} 次模拟的均值。\n比率与不良率（及其月份）：均值组合的数值（各次模拟合并计算）。`;
const EN_MEAN = (runs: number) => `Counts and money: means over the ${runs} runs.\nRatios and NPL (with its month): those of the mean book (all runs pooled).`;

export const PORTFOLIO_LABELS: Readonly<Record<Lang, PortfolioLabels>> = {
  zh: {
    title: (h, runs, seed, target) => `资产组合 · ${h} 个月 · ${runs} 次模拟 · 种子 ${seed} · 不良率目标 ${target}`,
    world: (name) => `借款人行为（世界模型）：${name}`,
    invalid: (n) => `${n} 条记录不是有效的客户资料（已在 stderr 逐条列出），未计入`,
    role: { champion: "冠军策略", challenger: "挑战者策略" },
    policy: (role, policy) => `${role}：${policy}`,
    totalsTitle: "汇总",
    figure: "指标",
    totals: {
      applicants: "申请人数", valid: "有效资料", approved: "批准", approvalRate: "批准率", booked: "放款笔数", takeUpRate: "用信率", customers: "借款客户", lifetimeValue: "客户终身价值（每客户）", lifetimeValueToAcquisition: "终身价值 ÷ 获客成本",
      bookedAmount: "放款金额", expectedLoss: "模型预期损失", simulatedLoss: "模拟损失", defaults: "违约笔数", chargeOffs: "核销",
      recoveries: "回收", interestIncome: "利息收入（含税）", vat: "增值税", fundingCost: "资金成本", operatingCost: "运营成本", bookingCost: "获客成本", netIncome: "净收益",
      peakNpl: "峰值不良率（在贷期间）", steadyStateNpl: "稳态不良率", netMargin: "净收益率", returnOnAverageAssets: "平均资产回报率(年化)", bookNpl: "停止放款时不良率", lossRate: "净损失率(年化)",
    },
    peakMonth: (m) => `（第 ${m} 月）`,
    range: (p5, p95, split) => `${p5} 至${split ? "\n" : " "}${p95}`,
    rangeLabel: "  5%–95% 分位",
    rangeNote: (runs) => `${ZH_MEAN(runs)}\n5%–95% 分位：各次模拟自身结果的第 5 至第 95 百分位（金额取整到元）`,
    meanNote: (runs) => ZH_MEAN(runs),
    monthsTitle: (role) => `${role} · 逐月`,
    months: ["月", "在贷笔数", "贷款余额", "逾期\n1–30天", "逾期\n31–60天", "逾期\n61–90天", "逾期\n90天+", "不良率", "核销", "回收", "利息收入", "资金成本", "净收益"],
    monthVat: "增值税",
    monthOpex: "运营成本",
    thousandsNote: "金额单位：千元；--format csv 或 json 给出精确到分的数值",
    bandsTitle: (role) => `${role} · 按风险等级`,
    bands: ["等级", "批准", "放款笔数", "放款金额", "平均违约概率", "预期损失", "模拟损失", "利息收入", "净收益", "净收益率"],
    calibration: ["世界\n违约概率", "校准偏差\n(策略−世界)", "模拟\n违约率"],
    vintageTitle: (role) => `${role} · 账龄曲线：各放款月批次累计违约率（逾期90天以上或核销）`,
    vintage: ["放款月", "放款金额"],
    monthOnBook: (m) => `账龄\n${m}`,
    rollTitle: (role) => `${role} · 迁徙率：月末状态到下月末（含回归正常）`,
    rollFrom: "从",
    rollState: { current: "正常", dpd1to30: "1–30天", dpd31to60: "31–60天", dpd61to90: "61–90天", dpd90plus: "90天+", paidOff: "结清", chargedOff: "核销" },
    swapTitle: "换入换出（冠军 vs 挑战者）",
    swapCell: { both: "两者都批准", championOnly: "仅冠军批准", challengerOnly: "仅挑战者批准", neither: "两者都不批" },
    swap: ["客群", "人数", "平均违约概率", "冠军\n放款金额", "冠军\n模拟损失", "挑战者\n放款金额", "挑战者\n模拟损失"],
    chartTitle: (role) => `${role} · 逐月贷款余额与不良率`,
    chartNote: (o, npl) => `${o}千元 不良率 ${npl}`,
    chartLegend: (p, m) => `${p} 正常及逾期 1–90 天余额  ${m} 逾期 90 天以上余额（不良）；右侧：贷款余额、不良率`,
    sweepTitle: (path, n) => `参数扫描 ${path}：${n} 个取值\n每个取值的资产组合见 --format json 或 csv`,
    sweep: ["取值", "批准率", "放款金额", "稳态不良率", "净损失率", "净收益率", "净收益"],
    bandLossRate: "净损失率\n(年化)",
    overLegend: (mark, target) => `${mark} 稳态不良率高于目标 ${target}`,
    firstOver: (v) => (v === null ? "没有取值的稳态不良率高于目标" : `首个高于目标的取值：${v}`),
    sweepChartTitle: "各取值的稳态不良率",
    sweepNote: (npl, b) => `${npl} 放款 ${b}千元`,
    sweepChartLegend: (u, o, r, t) => `${u} 目标以内  ${o} 超出目标  ${r} 目标 ${t}\n右侧：稳态不良率、放款金额`,
  },
  en: {
    title: (h, runs, seed, target) => `Portfolio: ${h} months, ${runs} run${runs === 1 ? "" : "s"}, seed ${seed}, NPL target ${target}`,
    world: (name) => `How borrowers behave (the world): ${name}`,
    invalid: (n) => `${n} record${n === 1 ? " was not a valid profile" : "s were not valid profiles"} (each named on stderr), left out`,
    role: { champion: "Champion", challenger: "Challenger" },
    policy: (role, policy) => `${role}: ${policy}`,
    totalsTitle: "Totals",
    figure: "figure",
    totals: {
      applicants: "applicants", valid: "valid profiles", approved: "approved", approvalRate: "approval rate", booked: "loans booked", takeUpRate: "take-up rate", customers: "customers", lifetimeValue: "lifetime value/customer", lifetimeValueToAcquisition: "LTV / acquisition cost",
      bookedAmount: "booked amount", expectedLoss: "expected loss (model)", simulatedLoss: "simulated loss", defaults: "defaults", chargeOffs: "charge-offs",
      recoveries: "recoveries", interestIncome: "interest income", vat: "VAT on interest", fundingCost: "funding cost", operatingCost: "operating cost", bookingCost: "booking cost", netIncome: "net income",
      peakNpl: "peak NPL (while paying)", steadyStateNpl: "steady-state NPL", netMargin: "net margin", returnOnAverageAssets: "return on avg assets", bookNpl: "NPL when lending stops", lossRate: "net loss rate (annual)",
    },
    peakMonth: (m) => ` (month ${m})`,
    range: (p5, p95, split) => `${p5} to${split ? "\n" : " "}${p95}`,
    rangeLabel: "  5-95%",
    rangeNote: (runs) => `${EN_MEAN(runs)}\n5-95%: 5th to 95th percentile over the runs' own figures (money to the yuan).`,
    meanNote: (runs) => EN_MEAN(runs),
    monthsTitle: (role) => `${role}: month by month`,
    months: ["month", "active", "outstanding", "DPD\n1-30", "DPD\n31-60", "DPD\n61-90", "DPD\n90+", "NPL", "charge-offs", "recoveries", "interest", "funding", "net"],
    monthVat: "VAT",
    monthOpex: "opex",
    thousandsNote: "Amounts in thousands of CNY; --format csv or json gives exact values.",
    bandsTitle: (role) => `${role}: by band`,
    bands: ["band", "approved", "booked", "booked\namount", "mean PD", "expected\nloss", "simulated\nloss", "interest", "net\nincome", "net\nmargin"],
    calibration: ["world PD", "gap\n(policy -\nworld)", "default\nrate"],
    vintageTitle: (role) => `${role}: vintages, cumulative default rate by month on book`,
    vintage: ["cohort", "booked"],
    monthOnBook: (m) => `MOB\n${m}`,
    rollTitle: (role) => `${role}: roll rates, month end to month end (cures included)`,
    rollFrom: "from",
    rollState: { current: "current", dpd1to30: "1-30", dpd31to60: "31-60", dpd61to90: "61-90", dpd90plus: "90+", paidOff: "paid\noff", chargedOff: "charged\noff" },
    swapTitle: "Swap set (champion vs challenger)",
    swapCell: { both: "both approve", championOnly: "champion only", challengerOnly: "challenger only", neither: "neither" },
    swap: ["applicants", "count", "mean PD", "champion\nbooked", "champion\nloss", "challenger\nbooked", "challenger\nloss"],
    chartTitle: (role) => `${role}: outstanding and NPL by month`,
    chartNote: (o, npl) => `${o}k NPL ${npl}`,
    chartLegend: (p, m) => `${p} current, 1-90 DPD  ${m} 90+ DPD (NPL); right: outstanding (k = 1,000 CNY), NPL`,
    sweepTitle: (path, n) => `Sweep of ${path}: ${n} values\nEach value's book: --format json or csv`,
    sweep: ["value", "approval\nrate", "booked amount", "steady\nNPL", "loss\nrate", "net\nmargin", "net income"],
    bandLossRate: "loss\nrate",
    overLegend: (mark, target) => `${mark} steady-state NPL over the target of ${target}`,
    firstOver: (v) => (v === null ? "No value's steady-state NPL is over the target." : `First value over the target: ${v}`),
    sweepChartTitle: "Steady-state NPL by value",
    sweepNote: (npl, b) => `${npl} booked ${b}k`,
    sweepChartLegend: (u, o, r, t) => `${u} up to the target  ${o} over it  ${r} target ${t}\nright: steady-state NPL, booked amount (k = 1,000 CNY)`,
  },
};
