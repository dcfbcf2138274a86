import type { Lang } from "./lang.js";

const WORDS = {
  en: { bad: (target: string, bad: string) => `${target}, bad = ${JSON.stringify(bad)}`, counts: (bads: number, goods: number) => ` (${bads} bad, ${goods} good)` },
  zh: { bad: (target: string, bad: string) => `${target}，坏 = ${JSON.stringify(bad)}`, counts: (bads: number, goods: number) => `（坏 ${bads}，好 ${goods}）` },
} as const satisfies Record<Lang, unknown>;

/**
 * The target as fit's and validate's headers name it: as it is for a 0/1
 * outcome; with --bad, its bad value, and (fit) the count of each class.
 */
export function targetText(r: { readonly target: string; readonly bad: string | null; readonly classes?: { readonly goods: number; readonly bads: number } }, lang: Lang): string {
  if (r.bad === null) return r.target;
  return WORDS[lang].bad(r.target, r.bad) + (r.classes ? WORDS[lang].counts(r.classes.bads, r.classes.goods) : "");
}
