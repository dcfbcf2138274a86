import type { Lang } from "./lang.js";

/** Every word the text summary of a batch prints, in each language. */
export interface SummaryLabels {
  readonly counts: (records: number, invalid: number, approved: number, declined: number, notInvited: number) => string;
  readonly byCode: (codes: string) => string;
  readonly noCode: string;
  readonly rates: (approvalRate: string, valid: number, invitedRate: string, invited: number, aprMean: string, aprMedian: string, limitMean: string, limitMedian: string) => string;
  readonly loss: (loss: string, share: string, total: string, horizon: number, lgd: string) => string;
}

export const SUMMARY_LABELS: Readonly<Record<Lang, SummaryLabels>> = {
  zh: {
    counts: (r, i, a, d, n) => `记录 ${r} · 无效 ${i} · 通过 ${a} · 拒绝 ${d} · 未受邀 ${n}`,
    byCode: (codes) => `按决定代码：${codes}`,
    noCode: "无",
    rates: (rate, valid, irate, invited, am, amed, lm, lmed) => `通过率 ${rate}%（有效记录 ${valid} 条）· 受邀 ${invited} 人中 ${irate}% · 年利率 均值 ${am} 中位数 ${amed} · 额度 均值 ${lm} 中位数 ${lmed}`,
    loss: (loss, share, total, horizon, lgd) => `预期损失 ${loss} = 总额度 ${total} 的 ${share}%（${horizon} 个月违约概率 × 违约损失率 ${lgd}）`,
  },
  en: {
    counts: (r, i, a, d, n) => `records ${r} · invalid ${i} · approved ${a} · declined ${d} · not invited ${n}`,
    byCode: (codes) => `by code: ${codes}`,
    noCode: "none",
    rates: (rate, valid, irate, invited, am, amed, lm, lmed) => `approval rate ${rate}% of ${valid} valid records · ${irate}% of ${invited} invited · APR mean ${am} median ${amed} · limit mean ${lm} median ${lmed}`,
    loss: (loss, share, total, horizon, lgd) => `expected loss ${loss} = ${share}% of total limit ${total} (${horizon}-month PD × LGD ${lgd})`,
  },
};
