import type { Method } from "../engine/methods/index.js";
import type { InterestBasis } from "../engine/rates.js";
import type { Lang } from "./lang.js";

/** Every word the quote table prints, in each language. */
export interface QuoteLabels {
  readonly headers: readonly [string, string, string, string, string, string];
  readonly fee: string;
  readonly method: Readonly<Record<Method, string>>;
  readonly interest: Readonly<Record<InterestBasis, string>>;
  readonly title: (amount: string, terms: number, method: string, start: string) => string;
  readonly totalPayment: string;
  readonly totalInterest: string;
  readonly totalFees: string;
  readonly upfrontFee: (financed: boolean) => string;
  readonly monthlyFee: string;
  readonly installmentFee: string;
  readonly netDisbursed: string;
  readonly nominal: (apr: string, daily: string, basis: number, interest: string) => string;
  readonly flatFeeRate: (perPeriod: string, total: string) => string;
  readonly irrSimple: string;
  readonly irrCompound: string;
  readonly irrNote: string;
  readonly overCap: (rate: string, cap: string) => string;
  readonly prepayTitle: (date: string, afterPeriod: number, mode: string) => string;
  readonly prepayMode: Readonly<Record<"full" | "reduce-term" | "reduce-payment", string>>;
  readonly payoff: string;
  readonly prepaid: string;
  readonly interestToDate: string;
  readonly interestSaved: string;
  readonly overdueLine: (period: number, days: number, rate: string, penalty: string) => string;
}

/** "1 term", "2 terms": English counts. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const QUOTE_LABELS: Readonly<Record<Lang, QuoteLabels>> = {
  zh: {
    headers: ["期数", "还款日", "月供", "本金", "利息", "剩余本金"],
    fee: "费用",
    method: { "equal-installment": "等额本息", "equal-principal": "等额本金", "interest-only": "先息后本", bullet: "一次性还本付息", "flat-fee": "分期手续费" },
    interest: { monthly: "按月计息", daily: "按日计息" },
    title: (amount, terms, method, start) => `借款 ${amount} 元 · ${terms} 期 · ${method} · 放款日 ${start}`,
    totalPayment: "还款总额",
    totalInterest: "利息总额",
    totalFees: "费用总额",
    upfrontFee: (financed) => (financed ? "前置费用(计入本金)" : "前置费用(放款时扣除)"),
    monthlyFee: "每期费用",
    installmentFee: "分期手续费",
    netDisbursed: "实际到手",
    nominal: (apr, daily, basis, interest) => `年利率 ${apr}% · 日利率 ${daily}%（按 ${basis} 天/年，${interest}）`,
    flatFeeRate: (perPeriod, total) => `手续费率 每期 ${perPeriod}%（全期 ${total}%），不计利息`,
    irrSimple: "年化利率(单利)",
    irrCompound: "年化利率(复利)",
    irrNote: "综合融资成本，按内部收益率(IRR)法计算，见中国人民银行公告〔2021〕第3号",
    overCap: (rate, cap) => `警告：综合融资成本 ${rate}% 超过 ${cap}% 上限`,
    prepayTitle: (date, afterPeriod, mode) => `提前还款 ${date}（已还 ${afterPeriod} 期，${mode}）`,
    prepayMode: { full: "全部结清", "reduce-term": "缩短期限", "reduce-payment": "减少月供" },
    payoff: "结清金额",
    prepaid: "本次还款",
    interestToDate: "当期应计利息",
    interestSaved: "节省利息",
    overdueLine: (period, days, rate, penalty) => `逾期：第 ${period} 期逾期 ${days} 天，罚息年利率 ${rate}%，罚息 ${penalty} 元`,
  },
  en: {
    headers: ["Period", "Due date", "Payment", "Principal", "Interest", "Balance"],
    fee: "Fee",
    method: { "equal-installment": "equal installment", "equal-principal": "equal principal", "interest-only": "interest only", bullet: "bullet", "flat-fee": "flat fee" },
    interest: { monthly: "monthly interest", daily: "daily interest" },
    title: (amount, terms, method, start) => `Loan of CNY ${amount} · ${plural(terms, "term")} · ${method} · drawn ${start}`,
    totalPayment: "Total repayment",
    totalInterest: "Total interest",
    totalFees: "Total fees",
    upfrontFee: (financed) => (financed ? "Upfront fee (financed)" : "Upfront fee (deducted at drawdown)"),
    monthlyFee: "Fee per period",
    installmentFee: "Installment fee",
    netDisbursed: "Paid out",
    nominal: (apr, daily, basis, interest) => `Nominal rate ${apr}% a year · ${daily}% a day (${basis}-day year, ${interest})`,
    flatFeeRate: (perPeriod, total) => `Fee rate ${perPeriod}% a period (${total}% for the term), no interest`,
    irrSimple: "Annualized rate (simple)",
    irrCompound: "Annualized rate (compound)",
    irrNote: "comprehensive cost by the IRR method of PBoC announcement 2021 No.3",
    overCap: (rate, cap) => `WARNING: the comprehensive cost ${rate}% exceeds the ${cap}% cap`,
    prepayTitle: (date, afterPeriod, mode) => `Prepayment on ${date} (after ${plural(afterPeriod, "installment")}, ${mode})`,
    prepayMode: { full: "paid off", "reduce-term": "shorter term", "reduce-payment": "lower payment" },
    payoff: "Payoff amount",
    prepaid: "Paid that day",
    interestToDate: "Interest to date",
    interestSaved: "Interest saved",
    overdueLine: (period, days, rate, penalty) => `Overdue: installment ${period} paid ${plural(days, "day")} late, penalty rate ${rate}% a year, penalty CNY ${penalty}`,
  },
};
