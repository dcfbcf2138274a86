/** Plain ASCII where asked, or where the locale is not UTF-8 (LANG=C, a Latin-1 terminal). */
export function wantsAscii(askedAscii: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (askedAscii) return true;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return locale !== undefined && locale !== "" && !/utf-?8/i.test(locale);
}
