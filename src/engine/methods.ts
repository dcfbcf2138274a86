/** Repayment methods, by their canonical (English, kebab-case) names. */
export type Method = "equal-installment" | "equal-principal";

export const METHODS: readonly Method[] = ["equal-installment", "equal-principal"];

/** Names accepted for each method: canonical, Chinese, and common short forms. */
const ALIASES: Readonly<Record<string, Method>> = {
  "equal-installment": "equal-installment",
  "等额本息": "equal-installment",
  "equal-principal": "equal-principal",
  "等额本金": "equal-principal",
};

/** The method a name stands for, or undefined for an unknown name. */
export function methodFromName(name: string): Method | undefined {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/** Every accepted name, for help texts and error messages. */
export function methodNames(): string[] {
  return Object.keys(ALIASES);
}
