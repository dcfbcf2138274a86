import type { FitReport } from "../app/scorecard/fitReport.js";
import { compactTable } from "./compactTable.js";
import type { Lang } from "./lang.js";

const WORDS = {
  en: {
    head: (n: number) => `fields fitted on (own data): ${n}`,
    columns: ["field", "type", "type from", "present", "distinct"],
    type: { number: "number", category: "category", boolean: "boolean" },
    source: { declared: "declared", "built-in": "built-in", inferred: "inferred" },
    target: (target: string, bad: string, bads: number, goods: number) => `${target}, bad = ${JSON.stringify(bad)} (${bads} bad, ${goods} good)`,
  },
  zh: {
    head: (n: number) => `参与拟合的字段（自有数据）：${n} 个`,
    columns: ["字段", "类型", "类型来源", "有值", "取值数"],
    type: { number: "数值", category: "类别", boolean: "布尔" },
    source: { declared: "策略声明", "built-in": "内置", inferred: "推断" },
    target: (target: string, bad: string, bads: number, goods: number) => `${target}，坏 = ${JSON.stringify(bad)}（坏 ${bads}，好 ${goods}）`,
  },
} as const satisfies Record<Lang, unknown>;

/** The target as the header names it: with --bad, its bad value and the counts of each class. */
export function targetText(r: FitReport, lang: Lang): string {
  return r.bad === null ? r.target : WORDS[lang].target(r.target, r.bad, r.classes.bads, r.classes.goods);
}

/** On own data, each field's type, where the type came from, how many records have it and its distinct values; else nothing. */
export function fieldsTable(r: FitReport, lang: Lang, ascii: boolean): string[] {
  if (!r.fields) return [];
  const w = WORDS[lang];
  const table = compactTable(w.columns, ["left", "left", "left", "right", "right"], ascii);
  for (const f of r.fields) table.push([f.name, w.type[f.type], w.source[f.source], String(f.present), String(f.distinct)]);
  return [w.head(r.fields.length), table.toString(), ""];
}
