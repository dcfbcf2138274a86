import type { Lang } from "./lang.js";

/** The words of the performance tables in the fit and validate views, in both languages. */
export const PERFORMANCE_LABELS = {
  en: {
    gainsOn: (what: string) => `gains by score decile, ${what}: decile 1 the lowest scores (equal scores stay in one decile); cumulative shares of bads and goods from decile 1, KS their difference, lift the bad rate over the overall one`,
    gainsHead: ["decile", "score", "count", "bads", "bad\nrate", "cum.\nbads", "cum.\ngoods", "KS", "lift"],
    total: "total",
    distributionOn: (what: string) => `score distribution, ${what}: goods and bads per score interval, each bar to its own scale`,
    distributionHead: ["score", "goods", "bads"],
    byDecile: "score (by baseline decile)",
  },
  zh: {
    gainsOn: (what: string) => `按分数十分位的 Gains 表，${what}：第 1 组分数最低（同分不拆开）；累计坏、累计好为自第 1 组起坏、好样本的累计占比，KS 为二者之差，提升度为坏账率与总体坏账率之比`,
    gainsHead: ["组", "分数", "记录", "坏", "坏账率", "累计坏", "累计好", "KS", "提升度"],
    total: "合计",
    distributionOn: (what: string) => `分数分布，${what}：各分数区间的好、坏样本数，两列条形各按自身比例`,
    distributionHead: ["分数", "好", "坏"],
    byDecile: "分数（按基准十分位）",
  },
} satisfies Record<Lang, unknown>;
