import { ZERO } from "../decimal.js";
import type { AmortizationRow } from "../schedule.js";
import type { FenSchedule } from "./amortizeFen.js";
import { fromFen } from "./fenMoney.js";

/** An integer 分 schedule as the engine's decimal rows. */
export function fenRowsToDecimal(s: FenSchedule): AmortizationRow[] {
  return s.payment.map((payment, k) => ({
    payment: fromFen(payment),
    principal: fromFen(s.principal[k] as bigint),
    interest: fromFen(s.interest[k] as bigint),
    fee: ZERO,
    balance: fromFen(s.balance[k] as bigint),
  }));
}
