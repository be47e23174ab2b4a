import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { errorResponse, jsonResponse } from "../utils/response.private";

export const handler: ServerlessFunctionSignature<HarborEnv, { to: string; channel?: "sms" | "call" }> = async (context, event, callback) => {
  try {
    const verification = await context
      .getTwilioClient()
      .verify.v2.services(context.VERIFY_SERVICE_SID)
      .verifications.create({ to: event.to, channel: event.channel ?? "sms" });
    callback(null, jsonResponse({ status: verification.status }));
  } catch (error) {
    callback(null, errorResponse(error));
  }
};
