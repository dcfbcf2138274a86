/**
 * suishendai as a library: exact loan schedules and IRR-annualized rates.
 * Everything here is pure — no I/O, no clock, no colour.
 * @packageDocumentation
 */
export { Decimal, type DecimalInput } from "./engine/decimal.js";
export { roundMoney, floorMoney } from "./engine/money.js";
export { dailyFromAnnual, annualFromDaily, monthlyRate, YEAR_BASES, type YearBasis } from "./engine/rates.js";
export { addMonthsClamped, dueDates, daysBetween, isIsoDate, type IsoDate } from "./engine/dates.js";
export { equalInstallmentPayment, equalInstallmentRows } from "./engine/equalInstallment.js";
export { equalPrincipalRows } from "./engine/equalPrincipal.js";
export { totalsOf, type AmortizationRow, type ScheduleRow, type ScheduleTotals } from "./engine/schedule.js";
export { periodicIrr, annualizeMonthly, IrrError, type AnnualizedRates } from "./engine/irr.js";
export { METHODS, methodFromName, methodNames, type Method } from "./engine/methods.js";
export { PRODUCTS, findLimitViolation, isProductName, type ProductLimits, type ProductName, type LimitViolation } from "./engine/products.js";
export { LoanInputError } from "./engine/loanInputError.js";
export { quote, annualizedCost, type Quote, type QuoteInput } from "./engine/quote.js";
