/** Repayment methods, by their canonical (English, kebab-case) names. */
export type Method = "equal-installment" | "equal-principal" | "interest-only" | "bullet" | "flat-fee";

/** Every method, canonical names. */
export const METHODS: readonly Method[] = ["equal-installment", "equal-principal", "interest-only", "bullet", "flat-fee"];

/** Names accepted for each method: canonical and the Chinese names people use. */
const ALIASES: Readonly<Record<string, Method>> = {
  "equal-installment": "equal-installment",
  "等额本息": "equal-installment",
  "equal-principal": "equal-principal",
  "等额本金": "equal-principal",
  "interest-only": "interest-only",
  "先息后本": "interest-only",
  "按期付息到期还本": "interest-only",
  bullet: "bullet",
  "一次性还本付息": "bullet",
  "flat-fee": "flat-fee",
  "等本等息": "flat-fee",
  "分期手续费": "flat-fee",
};

/** The method a name stands for, or undefined for an unknown name. */
export function methodFromName(name: string): Method | undefined {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/** Every accepted name, for help texts and error messages. */
export function methodNames(): string[] {
  return Object.keys(ALIASES);
}

/** How interest accrues: per month at APR/12, or per actual day at APR ÷ year basis. */
export type InterestBasis = "monthly" | "daily";

/** Both ways of charging interest. */
export const INTEREST_BASES: readonly InterestBasis[] = ["monthly", "daily"];
