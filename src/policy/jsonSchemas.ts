import { z } from "zod";
import { PortfolioResultSchema } from "./portfolioSchema.js";
import { FitReportSchema, ValidateReportSchema } from "./reportSchemas.js";
import { EconomicsSchema, OfferSchema, PolicySchema, ProfileSchema } from "./schemas.js";
import { WorldSchema } from "./worldSchema.js";

/**
 * The published JSON Schemas, generated from the very definitions the code
 * validates with. What a user writes is described as input (a key with a
 * default may be left out); what the program writes, as output (a portfolio
 * result states every economics key, defaults filled in).
 */
export function jsonSchemas(): Record<"profile" | "policy" | "offer" | "economics" | "world" | "portfolio" | "fit-report" | "validate-report", unknown> {
  const make = (schema: z.ZodType, title: string, io: "input" | "output" = "input") => ({ title, ...z.toJSONSchema(schema, { io, unrepresentable: "any" }) });
  return {
    profile: make(ProfileSchema, "suishendai profile"),
    policy: make(PolicySchema, "suishendai credit policy"),
    offer: make(OfferSchema, "suishendai offer (or batch error record)"),
    economics: make(EconomicsSchema, "suishendai policy economics section (portfolio assumptions)"),
    world: make(WorldSchema, "suishendai world (portfolio --world): how borrowers behave, apart from every policy"),
    portfolio: make(PortfolioResultSchema, "suishendai portfolio result", "output"),
    "fit-report": make(FitReportSchema, "suishendai fit report (--format json)"),
    "validate-report": make(ValidateReportSchema, "suishendai validate report (--format json)"),
  };
}
