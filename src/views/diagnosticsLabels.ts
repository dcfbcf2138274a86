import type { FitWarning } from "../app/scorecard/fitWarnings.js";
import type { Lang } from "./lang.js";

type DiagnosticWarning = Extract<FitWarning, { kind: "highP" | "highVif" | "correlated" | "notSelected" }>;

/** The words of fit's model diagnostics (coefficients' tests, VIF, correlations, forward selection), in both languages. */
export const DIAGNOSTICS_LABELS = {
  en: {
    coefficientsTitle: "coefficients on train: Wald z = coefficient / SE, two-sided p; VIF of each WOE on the other kept ones",
    coefficientHead: ["", "coefficient", "SE", "z", "p", "VIF"],
    intercept: "(intercept)",
    correlatedTitle: (limit: number) => `WOE columns with |r| > ${limit} (Pearson r, train):`,
    noneCorrelated: (limit: number) => `no two kept WOE columns have |r| > ${limit} (Pearson r, train)`,
    selectionTitle: (p: number) => `forward selection by Wald p-value (a characteristic enters at p ≤ ${p}):`,
    selectionHead: ["step", "entered", "p", "-2LL", "AIC"],
    interceptOnly: "(intercept only)",
    warning: (w: DiagnosticWarning) => w.text,
  },
  zh: {
    coefficientsTitle: "训练集上的系数：Wald z = 系数 / 标准误（SE），双侧 p 值；VIF：各 WOE 对其余入模 WOE 的方差膨胀因子",
    coefficientHead: ["", "系数", "SE", "z", "p", "VIF"],
    intercept: "（截距）",
    correlatedTitle: (limit: number) => `相关系数 |r| > ${limit} 的 WOE 列（Pearson r，训练集）：`,
    noneCorrelated: (limit: number) => `入模的 WOE 列两两之间均无 |r| > ${limit}（Pearson r，训练集）`,
    selectionTitle: (p: number) => `前向选择，按 Wald p 值（p ≤ ${p} 方可进入）：`,
    selectionHead: ["步", "进入", "p", "-2LL", "AIC"],
    interceptOnly: "（仅截距）",
    warning: (w: DiagnosticWarning): string => {
      switch (w.kind) {
        case "highP": return `${w.id} ${w.field}：p 值 ${w.pValue} 高于 ${w.limit}：系数与 0 无显著差异，可考虑剔除`;
        case "highVif": return `${w.id} ${w.field}：VIF ${w.vif === null ? "无穷大" : w.vif.toFixed(2)} 高于 ${w.limit}：其 WOE 大多可由其余特征解释，系数不稳定`;
        case "correlated": return `${w.a} ${w.aField} 与 ${w.b} ${w.bField}：WOE 列相关系数 r = ${w.r.toFixed(4)}（|r| > ${w.limit}）：两者信息大量重合`;
        case "notSelected": return `${w.id} ${w.field}：前向选择未选入（${w.pValue === undefined ? "其拟合未收敛" : `加入时 p 值为 ${w.pValue}，高于 0.05`}）`;
      }
    },
  },
} satisfies Record<Lang, unknown>;
