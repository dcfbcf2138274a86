import fc from "fast-check";

/** Numbers as people (and scripts, and cats on keyboards) write them. */
export const oddNumber = fc.oneof(
  fc.constantFrom("1e3", "-0", "0x10", "Infinity", "-Infinity", "NaN", "１２", "１２.５", "12%%", "%", "", " ", "1e400", "-1e400", "99999999999999999999999", "0.0000001", ".5", "5.", "+5", "1_000", "10,000", "1,00", "12 ", " 12", "12.3.4", "0", "00012", "1e-7", "undefined", "null", "true", "[]", "{}", "0.01", "1000000000", "1000000000.01", "360", "361", "-1"),
  fc.integer({ min: -1_000_000, max: 2_000_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 12 }),
);

const quoteFlags = ["--apr", "--daily-rate", "--terms", "--method", "--interest", "--fee-rate", "--total-fee-rate", "--upfront-fee", "--monthly-fee", "--cap", "--start", "--year-basis", "--prepay", "--prepay-on", "--prepay-mode", "--overdue", "--penalty-multiplier", "--format", "--lang", "--product"];
const words = fc.constantFrom("equal-installment", "等额本金", "flat-fee", "bullet", "interest-only", "daily", "monthly", "json", "csv", "table", "en", "zh", "none", "suishendai", "reduce-term", "reduce-payment", "2026-01-31", "2026-02-30", "2026-13-01", "3:10", "4:3000", "12", "2026-05-25:100", "x:y", ":", "");

/** A flag with an odd value, an unknown flag, or a repeated one. */
const flag = fc.oneof(
  fc.tuple(fc.constantFrom(...quoteFlags), fc.oneof(oddNumber, words)).map(([f, v]) => [f, v]),
  fc.constantFrom(["--finance-fee"], ["--bogus"], ["-x"], ["--apr"], ["--"], ["--help"], ["-h"], ["--version"], ["--terms=6"], ["--apr=12"]),
);

export const quoteArgs = fc
  .tuple(oddNumber, fc.array(flag, { maxLength: 8 }), fc.boolean())
  .map(([amount, flags, withRate]) => ["quote", amount, ...(withRate ? ["--apr", "12"] : []), ...flags.flat()]);

const offerKey = fc.constantFrom("name", "amount", "apr", "daily-rate", "terms", "method", "interest", "fee-rate", "total-fee-rate", "upfront-fee", "monthly-fee", "finance-fee", "year-basis", "bogus", "", "__proto__", "constructor");
const offerString = fc.array(fc.tuple(offerKey, fc.oneof(oddNumber, words)), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join(","));

export const compareArgs = fc
  .tuple(fc.option(oddNumber, { nil: undefined }), fc.array(offerString, { minLength: 0, maxLength: 4 }), fc.array(flag, { maxLength: 3 }))
  .map(([amount, offers, flags]) => ["compare", ...(amount === undefined ? [] : [amount]), ...offers.flatMap((o) => ["--offer", o]), ...flags.flat().filter((f) => f !== "--help" && f !== "-h")]);

const typical = { id: "t", invited: true, realNameVerified: true, age: 30, isStudent: false, blacklistHit: false, currentOverdueDays: 0, maxDpd24m: 0, zhimaScore: 680, activeLenders: 1, loanApplications3m: 1, monthlyIncome: 10000, existingMonthlyDebt: 2500, accountAgeMonths: 60, orders12m: 132, spend12m: 12000, refundRate12m: 0.08, cashLikeShare12m: 0.03 };
const fields = Object.keys(typical).concat(["request", "existingPlatformConsumerCredit", "__proto__", "constructor", "prototype", "extra"]);

/** A JSON value of any type, including the awkward ones. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, "", "abc", -1, 1e308, -1e308, 0.5, 1.5, 2 ** 53 + 2, true, false, [], {}, { amount: "x", terms: 1.5 }, { amount: 5000, terms: 6 }),
  fc.string({ maxLength: 2000 }),
  fc.integer({ min: 1, max: 200 }).map((d) => JSON.parse("[".repeat(d) + "]".repeat(d))),
);

/** A profile with some fields changed, dropped or added. */
export const profileText = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(anyValue, { nil: undefined })), { maxLength: 6 }), fc.boolean())
  .map(([changes, keepBase]) => {
    const entries: [string, unknown][] = Object.entries(keepBase ? typical : {});
    let text = JSON.stringify(Object.fromEntries(entries.filter(([k]) => !changes.some(([c, v]) => c === k && v === undefined))));
    for (const [key, value] of changes) {
      if (value === undefined) continue;
      const pair = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
      text = text === "{}" ? `{${pair}}` : `{${pair},${text.slice(1)}`; // raw text keeps "__proto__" as a real key
    }
    return text;
  });

/** Hostile shapes: deep nesting in any field, huge arrays, long strings, big numbers. */
const hostileValue = fc.oneof(
  fc.integer({ min: 1_000, max: 30_000 }).map((d) => ({ raw: `${"[".repeat(d)}${"]".repeat(d)}` })),
  fc.integer({ min: 1_000, max: 30_000 }).map((d) => ({ raw: `${'{"a":'.repeat(d)}1${"}".repeat(d)}` })),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => ({ raw: `[${Array(n).fill(0).join(",")}]` })),
  fc.integer({ min: 1, max: 1 << 20 }).map((n) => ({ raw: JSON.stringify("y".repeat(n)) })),
  fc.constantFrom("1e309", "-1e309", "9007199254740993", "1e-400", "-0", "123456789012345678901234567890").map((raw) => ({ raw })),
);

/** A profile with one field (any, known or not, or inside request) set to a hostile value, written as raw text. */
export const hostileProfile = fc.tuple(fc.constantFrom(...fields, "request"), hostileValue, fc.boolean()).map(([field, { raw }, inRequest]) => {
  const pair = inRequest ? `"request":{"amount":${raw},"terms":6}` : `${JSON.stringify(field)}:${raw}`;
  return `{${pair},${JSON.stringify(typical).slice(1)}`;
});

/** Odd bytes around a line: a BOM in front, control characters, a CR. */
const decorated = fc.tuple(profileText, fc.constantFrom("", "\uFEFF", "\u0001", "\u001b[31m", "\t"), fc.constantFrom("", "\r", "\u0000", "\u007f")).map(([t, before, after]) => `${before}${t}${after}`);

/** Lines of NDJSON input: profiles, broken JSON, blank lines, odd bytes, hostile shapes. */
export const simulateInput = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: profileText },
    { weight: 1, arbitrary: fc.constantFrom("{broken", "", "   ", "[1,2]", '"x"', "null", "\u0000", "{\"id\":\"\u00ff\ud800\"}", "\uFEFF{}", "\uFEFF", "[", "]", "{", "}") },
    { weight: 1, arbitrary: hostileProfile },
    { weight: 1, arbitrary: decorated },
  ),
  { minLength: 1, maxLength: 6 },
);

const simulateFlags = fc.array(
  fc.oneof(
    fc.constantFrom(["--explain"], ["--summary"], ["--summary-format", "json"], ["--format", "json"], ["--lang", "en"], ["--bogus"], ["--summary-format", "xml"]),
    fc.tuple(fc.constantFrom(...fields, "request.amount", "request.terms", "nope"), fc.oneof(oddNumber, words)).map(([f, v]) => ["--set", `${f}=${v}`]),
  ),
  { maxLength: 3 },
);
export const simulateCase = fc.tuple(simulateInput, simulateFlags).map(([lines, flags]) => ({ argv: ["simulate", "-", ...flags.flat()], stdin: lines.join("\n") }));

/** The default policy with one path broken: a wrong type, a deletion, an extra or dangerous key. */
export function policyMutation(policy: Record<string, unknown>) {
  const paths: string[][] = [];
  const walk = (v: unknown, path: string[]) => {
    paths.push(path);
    if (v && typeof v === "object") for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
  };
  walk(policy, []);
  return fc.tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(anyValue, fc.constant(undefined)), fc.boolean()).map(([path, value, extraKey]) => {
    const copy = JSON.parse(JSON.stringify(policy)) as Record<string, unknown>;
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = path.at(-1) as string;
    if (value === undefined) delete node[last];
    else node[last] = value;
    const text = JSON.stringify(copy);
    return extraKey ? `{"__proto__":{"bands":[]},"constructor":1,${text.slice(1)}` : text;
  });
}
