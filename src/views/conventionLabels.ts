import type { Lang } from "./lang.js";

/** The table's words for the lending conventions of issue 13: due day, prepayment fees, flat-fee payoff, simple rate. */
export interface ConventionLabels {
  readonly dueDay: (day: number, firstDays: number) => string;
  readonly prepayFee: string;
  readonly feesCharged: (policy: "remaining" | "waived") => string;
  readonly effective: (simple: string, compound: string) => string;
  readonly simpleRate: (rate: string) => string;
  readonly simpleRateNote: string;
  /** A flat-fee principal share rounded by --principal-rounding, and where the leftover went. */
  readonly principalRounding: (rounding: "half-up" | "truncate", residual: "first" | "last") => string;
  /** A flat-fee loan paid late: its lender's late fee is its own, not modelled here. */
  readonly flatFeeLate: string;
}

export const CONVENTION_LABELS: Readonly<Record<Lang, ConventionLabels>> = {
  zh: {
    dueDay: (day, firstDays) => `固定还款日 每月 ${day} 日，首期 ${firstDays} 天（按实际天数计息）`,
    prepayFee: "提前还款违约金",
    feesCharged: (policy) => (policy === "waived" ? "未到期手续费(免收)" : "未到期手续费(一并收取)"),
    effective: (simple, compound) => `实际年化利率(按实际还款现金流，单利): ${simple}%（复利 ${compound}%）`,
    simpleRate: (rate) => `单利年化利率: ${rate}%`,
    simpleRateNote: "单利 = 利息 ÷ 本金 ÷ 年数；IRR 计入了到期才付息的时间价值，所以较低",
    principalRounding: (rounding, residual) => `每期本金${rounding === "truncate" ? "截断" : "四舍五入"}到分，余数计入${residual === "first" ? "首" : "末"}期`,
    flatFeeLate: "分期手续费的逾期费（多按日计收）由贷款方按自身条款收取，本工具不计算",
  },
  en: {
    dueDay: (day, firstDays) => `Due on day ${day} of each month; the first period runs ${firstDays} days (interest for its actual days)`,
    prepayFee: "Prepayment fee",
    feesCharged: (policy) => (policy === "waived" ? "Fees not yet due (waived)" : "Fees not yet due (charged)"),
    effective: (simple, compound) => `Effective annualized rate as repaid (simple): ${simple}% (compound ${compound}%)`,
    simpleRate: (rate) => `Simple annual rate: ${rate}%`,
    simpleRateNote: "simple = interest ÷ principal ÷ years; the IRR is lower because all interest is paid at the end",
    principalRounding: (rounding, residual) => `Principal per period ${rounding === "truncate" ? "truncated" : "rounded half-up"} to the 分, the remainder on the ${residual} period`,
    flatFeeLate: "Flat-fee lenders charge a late fee (often daily) by their own terms; this tool does not model it",
  },
};
