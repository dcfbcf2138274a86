import { z } from "zod";
import { FitReportSchema, ValidateReportSchema } from "./reportSchemas.js";
import { OfferSchema, PolicySchema, ProfileSchema } from "./schemas.js";

/** The published JSON Schemas, generated from the very definitions the code validates with. */
export function jsonSchemas(): Record<"profile" | "policy" | "offer" | "fit-report" | "validate-report", unknown> {
  const make = (schema: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) });
  return {
    profile: make(ProfileSchema, "suishendai profile"),
    policy: make(PolicySchema, "suishendai credit policy"),
    offer: make(OfferSchema, "suishendai offer (or batch error record)"),
    "fit-report": make(FitReportSchema, "suishendai fit report (--format json)"),
    "validate-report": make(ValidateReportSchema, "suishendai validate report (--format json)"),
  };
}
