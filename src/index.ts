/**
 * suishendai as a library: exact loan schedules and IRR-annualized rates.
 * Everything here is pure — no I/O of its own (a batch writes through the
 * function it is given), no clock, no colour.
 * @packageDocumentation
 */
export { Decimal, type DecimalInput } from "./engine/decimal.js";
export { roundMoney, floorMoney } from "./engine/money/money.js";
export { dailyFromAnnual, annualFromDaily, monthlyRate, monthlyRateOf, dailyRateOf, toRate, toFenRate, periodRates, YEAR_BASES, INTEREST_BASES, type YearBasis, type InterestBasis, type Rate, type RateInput, type FenRate } from "./engine/rates.js";
export { addMonthsClamped, dueDates, daysBetween, isIsoDate, type IsoDate } from "./engine/dates.js";
export { equalInstallmentPayment, equalInstallmentRows } from "./engine/methods/equalInstallment.js";
export { equalPrincipalRows } from "./engine/methods/equalPrincipal.js";
export { interestOnlyRows } from "./engine/methods/interestOnly.js";
export { bulletRows } from "./engine/methods/bullet.js";
export { flatFeeRows, flatFeeTotal } from "./engine/methods/flatFee.js";
export { totalsOf, type AmortizationRow, type ScheduleRow, type ScheduleTotals } from "./engine/schedule.js";
export { resolveFee, type FeeInput, type Fees } from "./engine/fees.js";
export { periodicIrr, annualizeMonthly, IrrError, type AnnualizedRates } from "./engine/irr.js";
export { METHODS, METHOD_DEFINITIONS, methodDefinition, methodFromName, methodNames, type Method, type MethodDefinition, type RowsRequest, type PrepayRowsRequest } from "./engine/methods/index.js";
export { describeLimits } from "./views/productLimits.js";
export { PRODUCTS, DEFAULT_CAP, allowsMethod, findLimitViolation, isProductName, type ProductLimits, type ProductName, type LimitViolation } from "./engine/products.js";
export { LoanInputError } from "./engine/loanInputError.js";
export { quote, annualizedCost, type Quote } from "./engine/quote.js";
export { checkQuoteInput, type QuoteInput } from "./engine/quoteInput.js";
export { prepay, PREPAY_MODES, type Prepayment, type PrepaymentRequest, type PrepayMode } from "./engine/prepayment.js";
export { overdue, OVERDUE_DAYS, PENALTY_MULTIPLIER, type Overdue } from "./engine/overdue.js";
export { compareOffers, type LoanOffer, type ComparedOffer } from "./engine/compare.js";
export { simulate } from "./engine/simulate/simulate.js";
export { SummaryBuilder, type Summary } from "./engine/simulate/summary.js";
export type { Offer, Policy, Profile, Reason, PolicyReason, ScoreReason, TermOffer, Decision, LimitConstraint, LocalizedText, CharacteristicPoints, DeclaredField, ProfileDeclarations } from "./engine/simulate/types.js";
export { defaultPolicy } from "./policy/defaultPolicy.js";
export { policyFromJson, policyFromText } from "./policy/loadPolicy.js";
export { PolicyError } from "./policy/policyError.js";
export { toProfile, ProfileError } from "./policy/toProfile.js";
export { ProfileSchema, PolicySchema, OfferSchema, type ProfileJson, type PolicyJson } from "./policy/schemas.js";
export { jsonSchemas } from "./policy/jsonSchemas.js";
export { amortizeFen, installmentFen, toFen, fromFen, type FenSchedule } from "./engine/money/fen.js";
export { computeQuoteReport, type QuoteReport, type QuoteReportRequest } from "./app/quoteReport.js";
export { compareReport } from "./app/compareReport.js";
export { checkLoanRequest, checkLoanTerms } from "./app/checkLoan.js";
export { loanRequestOf, type LoanRequest, type LoanTermsRequest } from "./app/loanRequest.js";
export { FieldError, sayWords, FIELD_NAMES, type FieldNames, type FieldRef, type Limit, type Words } from "./app/fieldError.js";
export { FIELDS, type Field } from "./app/fields.js";
export { OfferInputError } from "./app/offerInputError.js";
export { runBatch, type BatchOptions, type BatchOutput } from "./library/runBatch.js";
