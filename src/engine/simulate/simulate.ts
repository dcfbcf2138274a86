import { Decimal } from "../decimal.js";
import type { IsoDate } from "../dates.js";
import { quote } from "../quote.js";
import { knockoutsHit } from "./knockouts.js";
import { creditLimit } from "./limit.js";
import { bandPrice } from "./bandPrice.js";
import { reasonsFrom } from "./reasons.js";
import { probabilityOfDefault, scoreProfile } from "./scorecard.js";
import { termOffers } from "./termOffers.js";
import type { CharacteristicPoints, LocalizedText, Offer, Policy, PolicyReason, Profile, Reason, TermOffer } from "./types.js";

/**
 * An offer with every field present, in one fixed order: fields the decision
 * did not reach are null or empty. (Built field by field rather than by
 * spreading a template: a million offers a minute notice the difference.)
 */
function offer(f: Partial<Offer> & Pick<Offer, "id" | "decision" | "code">): Offer {
  return {
    id: f.id,
    decision: f.decision,
    code: f.code,
    score: f.score ?? null,
    pd: f.pd ?? null,
    band: f.band ?? null,
    apr: f.apr ?? null,
    dailyRate: f.dailyRate ?? null,
    limit: f.limit ?? null,
    bindingConstraint: f.bindingConstraint ?? null,
    terms: f.terms ?? [],
    reasons: f.reasons ?? [],
    knockouts: f.knockouts ?? [],
    points: f.points ?? [],
    ...(f.requestDeclined ? { requestDeclined: f.requestDeclined } : {}),
    ...(f.quote ? { quote: f.quote } : {}),
  };
}

/** A decline's reasons: its own code and text first (as a knock-out gives), then what the scorecard lost. */
function declineReasons(decline: { readonly code: string; readonly text: LocalizedText }, points: readonly CharacteristicPoints[], policy: Policy): Reason[] {
  return [{ code: decline.code, text: decline.text }, ...reasonsFrom(points, policy)];
}

/** Checks a requested loan against the term list; quotes it when it fits. */
function answerRequest(profile: Profile, terms: readonly TermOffer[], apr: Decimal, policy: Policy, start: IsoDate): Pick<Offer, "requestDeclined" | "quote"> {
  const request = profile.request;
  if (!request) return {};
  const term = terms.find((t) => t.terms === request.terms);
  if (!term) return { requestDeclined: { code: "REQ02", text: policy.request.REQ02 } };
  if (request.amount.gt(term.maxAmount)) return { requestDeclined: { code: "REQ01", text: policy.request.REQ01 } };
  return { quote: quote({ amount: request.amount, apr, terms: request.terms, start, yearBasis: policy.pricing.yearBasis }) };
}

/**
 * Scores one profile into an offer, stage by stage as docs/policy.md sets
 * out: knock-outs → scorecard and PD → cutoff and band → price → limit →
 * per-term amounts and payments → reasons. Pure: `start` dates a requested quote.
 */
export function simulate(profile: Profile, policy: Policy, start: IsoDate): Offer {
  const id = profile.id ?? null;
  const hit = knockoutsHit(profile, policy.knockouts);
  const knockouts: PolicyReason[] = hit.map((k) => ({ code: k.code, text: k.text }));
  const first = hit[0];
  if (first) return offer({ id, decision: first.decision, code: first.code, knockouts, reasons: [{ code: first.code, text: first.text }] });

  const { score, points } = scoreProfile(profile, policy);
  const pd = probabilityOfDefault(score, policy.scaling);
  // Fields named one by one, not spread from a shared object: spreading was a tenth of simulate's time.
  const band = policy.bands.find((b) => score >= b.minScore);
  if (score < policy.cutoff.minScore || !band) {
    // Under every band yet at or above the cut-off is not "below cutoff": its own decline (DEC02).
    const rule = score < policy.cutoff.minScore ? policy.cutoff : policy.cutoff.noBand;
    return offer({ id, score, pd, points, knockouts, decision: "declined", code: rule.code, reasons: declineReasons(rule, points, policy) });
  }
  const price = bandPrice(band, score, pd, policy.pricing);
  if (price.exceedsCap) return offer({ id, score, pd, points, knockouts, band: band.band, decision: "declined", code: policy.pricing.code, reasons: declineReasons(policy.pricing, points, policy) });

  const { apr, dailyRate } = price;
  const limit = creditLimit(profile, band, apr, policy.limit, price.monthlyRate);
  if (limit.limit.lt(policy.limit.minimum)) {
    // Existing debt taking the repayment capacity is a different decision from a thin limit (LIM02, not LIM01).
    const rule = limit.binding === "capacity" ? policy.limit.capacity : policy.limit;
    const reasons = declineReasons(rule, points, policy);
    return offer({ id, score, pd, points, knockouts, band: band.band, apr, dailyRate, limit: limit.limit, bindingConstraint: limit.binding, decision: "declined", code: rule.code, reasons });
  }

  const terms = termOffers(band, limit, apr, policy.limit, price.fenRate);
  const reasons = band === policy.bands[0] ? [] : reasonsFrom(points, policy);
  const request = answerRequest(profile, terms, apr, policy, start);
  return offer({ id, score, pd, points, knockouts, band: band.band, apr, dailyRate, limit: limit.limit, bindingConstraint: limit.binding, decision: "approved", code: null, terms, reasons, ...request });
}
