/** Languages the views speak. */
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/**
 * The language a user's locale asks for: English when LC_ALL, LC_MESSAGES or
 * LANG (first one set) names an English locale, otherwise Chinese.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "zh";
}
