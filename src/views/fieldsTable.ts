import type { FitReport } from "../app/scorecard/fitReport.js";
import { compactTable } from "./compactTable.js";
import type { Lang } from "./lang.js";

const WORDS = {
  en: {
    head: (n: number) => `fields fitted on (own data): ${n}`,
    columns: ["field", "type", "type from", "present", "distinct"],
    type: { number: "number", category: "category", boolean: "boolean" },
    source: { declared: "declared", "built-in": "built-in", inferred: "inferred" },
  },
  zh: {
    head: (n: number) => `参与拟合的字段（自有数据）：${n} 个`,
    columns: ["字段", "类型", "类型来源", "有值", "取值数"],
    type: { number: "数值", category: "类别", boolean: "布尔" },
    source: { declared: "策略声明", "built-in": "内置", inferred: "推断" },
  },
} as const satisfies Record<Lang, unknown>;

/** On own data, each field's type, where the type came from, how many records have it and its distinct values; else nothing. */
export function fieldsTable(r: FitReport, lang: Lang, ascii: boolean): string[] {
  if (!r.fields) return [];
  const w = WORDS[lang];
  const table = compactTable(w.columns, ["left", "left", "left", "right", "right"], ascii);
  for (const f of r.fields) table.push([f.name, w.type[f.type], w.source[f.source], String(f.present), String(f.distinct)]);
  return [w.head(r.fields.length), table.toString(), ""];
}
