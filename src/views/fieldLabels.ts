import type { RuleFieldName } from "../engine/simulate/profileFields.js";

/** A rule field's name for people, with the unit its value is in. */
export interface FieldLabel {
  readonly zh: string;
  readonly en: string;
  readonly unit?: { readonly zh: string; readonly en: string };
}

const months = { zh: " 个月", en: " months" };
const cny = { zh: " 元", en: " CNY" };
const days = { zh: " 天", en: " days" };

/** Every rule field's label: a field added to the list without one fails to compile. */
export const FIELD_LABELS: Readonly<Record<RuleFieldName, FieldLabel>> = {
  invited: { zh: "邀请名单", en: "Invitation" },
  realNameVerified: { zh: "实名认证", en: "Real-name verification" },
  age: { zh: "年龄", en: "Age" },
  isStudent: { zh: "在校学生", en: "Student" },
  blacklistHit: { zh: "风险名单", en: "Risk list" },
  currentOverdueDays: { zh: "当前逾期", en: "Days past due now", unit: days },
  maxDpd24m: { zh: "近24个月最长逾期", en: "Longest delay in 24 months", unit: days },
  zhimaScore: { zh: "芝麻分", en: "Zhima score" },
  activeLenders: { zh: "未结清借款机构数", en: "Lenders with loans outstanding" },
  loanApplications3m: { zh: "近3个月借款申请", en: "Credit applications in 3 months" },
  monthlyIncome: { zh: "月收入", en: "Monthly income", unit: cny },
  existingMonthlyDebt: { zh: "每月已有还款", en: "Monthly debt payments", unit: cny },
  accountAgeMonths: { zh: "账户使用时长", en: "Account age", unit: months },
  orders12m: { zh: "近12个月订单", en: "Orders in 12 months" },
  spend12m: { zh: "近12个月消费", en: "Spending in 12 months", unit: cny },
  refundRate12m: { zh: "近12个月退款率", en: "Refund rate in 12 months" },
  cashLikeShare12m: { zh: "易变现品类占比", en: "Share of cash-like goods" },
  existingPlatformConsumerCredit: { zh: "平台已有消费信贷", en: "Consumer credit on the platform", unit: cny },
  dsr: { zh: "负债收入比", en: "Debt-to-income ratio" },
};
