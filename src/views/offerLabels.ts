import type { Decision, LimitConstraint } from "../engine/simulate/types.js";
import type { Lang } from "./lang.js";

export interface OfferLabels {
  readonly decision: Readonly<Record<Decision, string>>;
  readonly constraint: Readonly<Record<LimitConstraint, string>>;
  readonly profile: string;
  readonly code: string;
  readonly score: (score: number, pd: string) => string;
  readonly band: string;
  readonly apr: (apr: string, daily: string) => string;
  readonly limit: (limit: string, constraint: string) => string;
  readonly termHeaders: readonly string[];
  readonly reasons: string;
  readonly knockouts: string;
  readonly pointsHeaders: readonly string[];
  readonly requestDeclined: string;
  readonly input: string;
  readonly requestQuote: (amount: string, terms: number, payment: string) => string;
}

export const OFFER_LABELS: Readonly<Record<Lang, OfferLabels>> = {
  zh: {
    decision: { approved: "通过", declined: "拒绝", not_invited: "未受邀" },
    constraint: { product: "产品上限", band: "等级上限", spend: "消费额", income: "收入", capacity: "还款能力", regulatory: "监管上限" },
    profile: "用户",
    code: "决定代码",
    score: (score, pd) => `评分 ${score}（违约概率 ${pd}）`,
    band: "等级",
    apr: (apr, daily) => `年利率 ${apr}% · 日利率 ${daily}%`,
    limit: (limit, constraint) => `额度 ${limit} 元（受 ${constraint} 约束）`,
    termHeaders: ["期数", "最高可借", "月供", "利息总额"],
    reasons: "原因",
    knockouts: "命中规则",
    pointsHeaders: ["特征", "字段", "取值", "得分", "失分"],
    requestDeclined: "申请未通过",
    input: "输入",
    requestQuote: (amount, terms, payment) => `申请 ${amount} 元 ${terms} 期：月供 ${payment} 元`,
  },
  en: {
    decision: { approved: "approved", declined: "declined", not_invited: "not invited" },
    constraint: { product: "product maximum", band: "band maximum", spend: "spending", income: "income", capacity: "payment capacity", regulatory: "regulatory cap" },
    profile: "Profile",
    code: "Decision code",
    score: (score, pd) => `Score ${score} (probability of default ${pd})`,
    band: "Band",
    apr: (apr, daily) => `APR ${apr}% · ${daily}% a day`,
    limit: (limit, constraint) => `Limit CNY ${limit} (bound by ${constraint})`,
    termHeaders: ["Terms", "Max amount", "Payment", "Total interest"],
    reasons: "Reasons",
    knockouts: "Rules hit",
    pointsHeaders: ["Characteristic", "Field", "Value", "Points", "Lost"],
    requestDeclined: "Request declined",
    input: "Input",
    requestQuote: (amount, terms, payment) => `Requested CNY ${amount} over ${terms} terms: CNY ${payment} a month`,
  },
};
