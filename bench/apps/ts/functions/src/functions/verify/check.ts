import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { errorResponse, jsonResponse } from "../utils/response.private";

export const handler: ServerlessFunctionSignature<HarborEnv, { to: string; code: string }> = async (context, event, callback) => {
  const service = context.getTwilioClient().verify.v2.services(context.VERIFY_SERVICE_SID);
  try {
    const check = await service.verificationChecks.create({ to: event.to, code: event.code });
    callback(null, jsonResponse({ approved: check.status === "approved" }));
  } catch (error) {
    callback(null, errorResponse(error));
  }
};
