import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import twilio from "twilio";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

const { AccessToken } = twilio.jwt;

export const handler: ServerlessFunctionSignature<HarborEnv, { identity?: string }> = (context, event, callback) => {
  const identity = event.identity ?? "wallboard";
  const token = new AccessToken(context.ACCOUNT_SID, context.TWILIO_API_KEY, context.TWILIO_API_SECRET, { identity, ttl: 3600 });
  token.addGrant(new AccessToken.SyncGrant({ serviceSid: context.SYNC_SERVICE_SID }));
  callback(null, jsonResponse({ token: token.toJwt(), identity }));
};
