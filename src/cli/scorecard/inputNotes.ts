import type { Lang } from "../../views/lang.js";
import { DEFAULT_COLUMNS, wrapText } from "../../views/wrapText.js";

/** What fit and validate say on stderr about the join of profiles and outcomes (and the columns --fields leaves out), in the view's language. */
export const INPUT_NOTES = {
  en: {
    carried: (records: number, name: string, field: string, outcomes: string, differ: number) => `warning: ${records} record(s) of ${name} have a field ${field} too; the outcomes of --outcomes ${outcomes} are used (${differ} differ)`,
    noOutcome: (count: number, name: string, outcomes: string) => `note: ${count} profile(s) of ${name} have no outcome in ${outcomes} (not booked?): left out`,
    noProfile: (count: number, outcomes: string, name: string) => `note: ${count} outcome(s) of ${outcomes} have no profile in ${name}: left out`,
    nullId: (count: number, outcomes: string) => `note: ${count} outcome(s) of ${outcomes} without an id skipped (id is null: outcomes without an id cannot be joined)`,
    notChosen: (columns: readonly string[]) => `note: --fields leaves out ${columns.length} column(s): ${columns.join(", ")}`,
  },
  zh: {
    carried: (records: number, name: string, field: string, outcomes: string, differ: number) => `warning: ${name} 中 ${records} 条记录也有字段 ${field}；采用 --outcomes ${outcomes} 的结果（${differ} 条不同）`,
    noOutcome: (count: number, name: string, outcomes: string) => `note: ${name} 中 ${count} 条记录在 ${outcomes} 中没有结果（可能未放款）：未使用`,
    noProfile: (count: number, outcomes: string, name: string) => `note: ${outcomes} 中 ${count} 条结果在 ${name} 中没有对应记录：未使用`,
    nullId: (count: number, outcomes: string) => `note: ${outcomes} 中 ${count} 条结果的 id 为 null，已跳过（没有 id 的结果无法关联）`,
    notChosen: (columns: readonly string[]) => `note: --fields 未选的 ${columns.length} 列不参与拟合：${columns.join(", ")}`,
  },
} satisfies Record<Lang, unknown>;

/** A note as lines of at most 80 columns, continuations indented (a file name wider than that stays whole). */
export const noteLines = (text: string): string => `${wrapText(text, DEFAULT_COLUMNS, "  ").join("\n")}\n`;
