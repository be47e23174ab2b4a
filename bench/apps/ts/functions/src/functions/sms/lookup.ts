import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

export const handler: ServerlessFunctionSignature<HarborEnv, { phone: string }> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const lookup = await client.lookups.v2.phoneNumbers(event.phone).fetch({ fields: "line_type_intelligence,sms_pumping_risk" });
  callback(null, jsonResponse({ valid: lookup.valid, lineType: lookup.lineTypeIntelligence, risk: lookup.smsPumpingRisk }));
};
