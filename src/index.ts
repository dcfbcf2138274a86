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
export { interestOnlyRows, bulletRows } from "./engine/interestOnly.js";
export { flatFeeRows, flatFeeTotal } from "./engine/flatFee.js";
export { periodRates } from "./engine/periodRates.js";
export { totalsOf, type AmortizationRow, type ScheduleRow, type ScheduleTotals } from "./engine/schedule.js";
export { resolveFee, type FeeInput, type Fees } from "./engine/fees.js";
export { periodicIrr, annualizeMonthly, IrrError, type AnnualizedRates } from "./engine/irr.js";
export { METHODS, INTEREST_BASES, methodFromName, methodNames, type Method, type InterestBasis } from "./engine/methods.js";
export { PRODUCTS, findLimitViolation, isProductName, type ProductLimits, type ProductName, type LimitViolation } from "./engine/products.js";
export { LoanInputError } from "./engine/loanInputError.js";
export { quote, annualizedCost, type Quote, type QuoteInput } from "./engine/quote.js";
export { prepay, PREPAY_MODES, type Prepayment, type PrepaymentRequest, type PrepayMode } from "./engine/prepayment.js";
export { overdue, type Overdue } from "./engine/overdue.js";
export { compareOffers, type LoanOffer, type ComparedOffer } from "./engine/compare.js";
export { simulate } from "./engine/simulate/simulate.js";
export { SummaryBuilder, type Summary } from "./engine/simulate/summary.js";
export type { Offer, Policy, Profile, Reason, TermOffer, Decision, LimitConstraint, LocalizedText, CharacteristicPoints } from "./engine/simulate/types.js";
export { defaultPolicy } from "./policy/defaultPolicy.js";
export { policyFromJson, policyFromText } from "./policy/loadPolicy.js";
export { PolicyError } from "./policy/policyError.js";
export { toProfile, ProfileError } from "./policy/toProfile.js";
export { ProfileSchema, PolicySchema, OfferSchema, type ProfileJson, type PolicyJson } from "./policy/schemas.js";
export { jsonSchemas } from "./policy/jsonSchemas.js";
export { monthlyRateOf, dailyRateOf, toRate, type Rate, type RateInput } from "./engine/rate.js";
export { amortizeFen, installmentFen, type FenSchedule } from "./engine/fen/amortizeFen.js";
export { toFenRate, type FenRate } from "./engine/fen/fenRate.js";
export { toFen, fromFen } from "./engine/fen/fenMoney.js";
