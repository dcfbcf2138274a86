import { z } from "zod";
import { OfferSchema, PolicySchema, ProfileSchema } from "./schemas.js";

/** The published JSON Schemas, generated from the very definitions the code validates with. */
export function jsonSchemas(): Record<"profile" | "policy" | "offer", unknown> {
  const make = (schema: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) });
  return {
    profile: make(ProfileSchema, "suishendai profile"),
    policy: make(PolicySchema, "suishendai credit policy"),
    offer: make(OfferSchema, "suishendai offer (or batch error record)"),
  };
}
