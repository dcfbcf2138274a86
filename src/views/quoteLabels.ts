import type { Method } from "../engine/methods.js";
import type { Lang } from "./lang.js";

/** Every word the quote table prints, in each language. */
export interface QuoteLabels {
  readonly headers: readonly [string, string, string, string, string, string];
  readonly method: Readonly<Record<Method, string>>;
  readonly title: (amount: string, terms: number, method: string, start: string) => string;
  readonly totalPayment: string;
  readonly totalInterest: string;
  readonly nominal: (apr: string, daily: string, basis: number) => string;
  readonly irrSimple: string;
  readonly irrCompound: string;
  readonly irrNote: string;
}

export const QUOTE_LABELS: Readonly<Record<Lang, QuoteLabels>> = {
  zh: {
    headers: ["期数", "还款日", "月供", "本金", "利息", "剩余本金"],
    method: { "equal-installment": "等额本息", "equal-principal": "等额本金" },
    title: (amount, terms, method, start) => `借款 ${amount} 元 · ${terms} 期 · ${method} · 放款日 ${start}`,
    totalPayment: "还款总额",
    totalInterest: "利息总额",
    nominal: (apr, daily, basis) => `年利率 ${apr}% · 日利率 ${daily}%（按 ${basis} 天/年）`,
    irrSimple: "年化利率(单利)",
    irrCompound: "年化利率(复利)",
    irrNote: "按内部收益率(IRR)法计算，见中国人民银行公告〔2021〕第3号",
  },
  en: {
    headers: ["Period", "Due date", "Payment", "Principal", "Interest", "Balance"],
    method: { "equal-installment": "equal installment", "equal-principal": "equal principal" },
    title: (amount, terms, method, start) => `Loan of CNY ${amount} · ${terms} terms · ${method} · drawn ${start}`,
    totalPayment: "Total repayment",
    totalInterest: "Total interest",
    nominal: (apr, daily, basis) => `Nominal rate ${apr}% a year · ${daily}% a day (${basis}-day year)`,
    irrSimple: "Annualized rate (simple)",
    irrCompound: "Annualized rate (compound)",
    irrNote: "by the IRR method of PBoC announcement 2021 No.3",
  },
};
