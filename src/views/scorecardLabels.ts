import type { FitWarning } from "../app/scorecard/fitWarnings.js";
import { percent2 } from "../app/scorecard/fitWarnings.js";
import { DIAGNOSTICS_LABELS } from "./diagnosticsLabels.js";
import type { Lang } from "./lang.js";

/** The split as people write it: 0.7 → "70/30". */
const splitText = (split: number) => `${Number((split * 100).toPrecision(6))}/${Number(((1 - split) * 100).toPrecision(6))}`;

/** The words of the fit and validate views, in both languages. */
export const SCORECARD_LABELS = {
  en: {
    fitHead: (n: number, seed: number, target: string, split: number) => `fit: ${n} records, target ${target}, seed ${seed} (stratified ${splitText(split)} split)`,
    validateHead: (n: number, policy: string, target: string) => `validate: ${policy} on ${n} records, target ${target}`,
    part: (name: string, records: number, bads: number) => `${name} ${records} (${bads} bad)`,
    ivChart: (ivMin: number) => `Information value (IV), train; under ${ivMin} is dropped`,
    dropped: "dropped",
    characteristic: (id: string, field: string, iv: string) => `${id} ${field}  IV ${iv}`,
    trend: (trend: string, from: string) =>
      from === "breaks" ? "manual breaks (--breaks): exactly these bins, no merging"
      : from === "levels" ? "levels grouped in order of bad rate"
      : trend === "none" ? "no monotone trend (--monotone none)"
      : `bad rate ${trend} as the value rises (${from === "base" ? "as the base policy's points imply" : from === "option" ? "as --monotone asks" : "the base policy's points set no trend: the one with the higher IV"})`,
    binning: (parts: string) => `binning: ${parts}`,
    coefficient: "coefficient",
    binHead: ["bin", "records", "share", "bads", "bad rate", "WOE", "IV", "points"],
    method: "logistic regression on WOE by Newton–Raphson (IRLS), each step solved by ml-matrix's Cholesky decomposition",
    warning: (w: FitWarning) => w.text,
    model: (method: string, steps: number, converged: boolean, intercept: string) => `model: ${method}; ${steps} steps, ${converged ? "converged" : "NOT converged"}; intercept ${intercept}`,
    scaling: (base: number, points: number, odds: number, pdo: number, refitted: boolean) => `scorecard: base ${base} points; ${points} points at good:bad odds ${odds}:1, ${pdo} points double the odds (${refitted ? "refitted on train scores" : "the base policy's scaling, kept: it could not be refitted on train scores"})`,
    missing: "missing",
    belowCutoff: "below cutoff",
    metricsHead: ["", "records", "bads", "KS", "AUC", "Gini"],
    train: "train",
    holdout: "holdout",
    all: "all",
    calibrationOn: (what: string) => `calibration by score band, ${what} (predicted: the policy's mean PD)`,
    calibrationHead: ["band", "min score", "records", "bads", "predicted", "observed"],
    warnings: "warnings:",
    stabilityHead: (n: number) => `stability against the baseline (${n} records): PSI, under 0.1 stable, 0.1–0.25 watch, 0.25 or more shifted`,
    stabilityRows: ["", "PSI", "reading"],
    score: "score (by band)",
    flags: { stable: "stable", watch: "watch", shifted: "shifted" },
    saveHint: "the policy is not in this table; --out FILE saves it, --format json has it",
  },
  zh: {
    fitHead: (n: number, seed: number, target: string, split: number) => `fit：${n} 条记录，目标字段 ${target}，种子 ${seed}（分层 ${splitText(split)} 切分）`,
    validateHead: (n: number, policy: string, target: string) => `validate：${policy}，${n} 条记录，目标字段 ${target}`,
    part: (name: string, records: number, bads: number) => `${name} ${records}（坏 ${bads}）`,
    ivChart: (ivMin: number) => `信息值 IV（训练集）；低于 ${ivMin} 的特征被剔除`,
    dropped: "已剔除",
    characteristic: (id: string, field: string, iv: string) => `${id} ${field}  IV ${iv}`,
    trend: (trend: string, from: string) =>
      from === "breaks" ? "手工切点（--breaks）：按给定分箱，不合并"
      : from === "levels" ? "类别按坏账率排序后合并"
      : trend === "none" ? "不要求单调（--monotone none）"
      : `坏账率随取值${trend === "falling" ? "下降" : "上升"}（${from === "base" ? "与基准策略的分值方向一致" : from === "option" ? "按 --monotone 指定" : "基准策略分值未定方向：取 IV 较高的方向"}）`,
    binning: (parts: string) => `分箱设置：${parts}`,
    coefficient: "系数",
    binHead: ["分箱", "记录", "占比", "坏", "坏账率", "WOE", "IV", "分值"],
    method: "以 Newton–Raphson（IRLS）拟合 WOE 上的逻辑回归，每步用 ml-matrix 的 Cholesky 分解求解",
    warning: (w: FitWarning): string => {
      const name = "id" in w ? `${w.id} ${w.field}：` : "";
      switch (w.kind) {
        case "dropped": return `${name}IV ${w.iv.toFixed(4)} 低于 ${w.limit}，已剔除`;
        case "wrongSign": return `${name}系数 ${w.coefficient.toFixed(4)} 符号相反（较安全的分箱反而得分更低），可考虑剔除`;
        case "smallBin": return `${name}${w.bin === "missing" ? "缺失值分箱" : `分箱 ${w.bin}`}占训练记录 ${percent2(w.share)}，低于 ${Number((w.limit * 100).toPrecision(6))}%`;
        case "absentSpecial": return `${name}特殊值 ${w.levels.join(", ")} 在训练记录中未出现：不单独分箱，按取值区间计分`;
        case "unlisted": return `${name}类别 ${w.levels.join(", ")}（训练记录 ${w.records} 条）不在任何 --breaks 分组中：按未见类别计 0 分（WOE 0，平均水平）`;
        case "noMissing": return `${name}训练记录中没有缺失值，缺失时记 0 分（平均水平）`;
        case "notConverged": return `逻辑回归 ${w.iterations} 步内未收敛：系数可能不可靠`;
        case "scalingKept": return "无法重新校准分数 → PD（训练集上分数越高违约并未越少）：沿用基准策略的 scaling";
        case "fieldLeftOut": return `${w.field.trim() === "" ? "无列名的列" : w.field}：未纳入，${w.reason === "allMissing" ? "没有记录有取值" : w.reason === "oneValue" ? "所有有取值的记录取值相同" : w.reason === "badName" ? (w.field.trim() === "" ? "列没有名称（如 pandas 写出的行索引）" : "列名不能用作策略字段名") : w.reason === "allDistinct" ? "每条记录取值各不相同（标识或自由文本，不是类别）" : w.reason === "rowNumber" ? "取值为逐一递增的整数（行号）" : "取值为对象或数组，无法分箱"}`;
        case "fewBads": return `训练集只有 ${w.bads} 个坏样本，少于 ${w.minimum}：分箱的 WOE 与系数依据的违约太少，使用该评分卡前请核对验证集指标`;
        case "highP": case "highVif": case "correlated": case "notSelected": return DIAGNOSTICS_LABELS.zh.warning(w);
      }
    },
    model: (method: string, steps: number, converged: boolean, intercept: string) => `模型：${method}；${steps} 步，${converged ? "已收敛" : "未收敛"}；截距 ${intercept}`,
    scaling: (base: number, points: number, odds: number, pdo: number, refitted: boolean) => `评分卡：基础分 ${base}；${points} 分对应好坏比 ${odds}:1，每 ${pdo} 分好坏比翻倍（${refitted ? "按训练集分数重新校准" : "沿用基准策略的 scaling：无法按训练集分数重新校准"}）`,
    missing: "缺失",
    belowCutoff: "低于准入线",
    metricsHead: ["", "记录", "坏", "KS", "AUC", "Gini"],
    train: "训练集",
    holdout: "验证集",
    all: "全部",
    calibrationOn: (what: string) => `按评分档校准，${what}（预测：策略的平均 PD）`,
    calibrationHead: ["档位", "最低分", "记录", "坏", "预测", "实际"],
    warnings: "警告：",
    stabilityHead: (n: number) => `与基准人群（${n} 条）的稳定性：PSI 低于 0.1 稳定，0.1–0.25 关注，0.25 及以上显著偏移`,
    stabilityRows: ["", "PSI", "判断"],
    score: "分数（按档位）",
    flags: { stable: "稳定", watch: "关注", shifted: "偏移" },
    saveHint: "拟合出的策略不在此表中：--out FILE 保存它（--format json 的报告中也有）",
  },
} satisfies Record<Lang, unknown>;
