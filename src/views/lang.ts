import { wantsAscii } from "./wantsAscii.js";

/** Languages the views speak. */
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/**
 * The language a user's locale asks for: English when LC_ALL, LC_MESSAGES or
 * LANG (first one set) names an English locale, or a locale that is not UTF-8
 * (LANG=C, POSIX, Latin-1): such a terminal cannot show Chinese. Otherwise
 * (no locale at all included) Chinese.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) || wantsAscii(false, env) ? "en" : "zh";
}
