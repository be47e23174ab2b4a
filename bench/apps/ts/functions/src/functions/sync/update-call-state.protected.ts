import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type CallStateEvent = { CallSid: string; CallStatus: string; From: string; agent?: string };

export const handler: ServerlessFunctionSignature<HarborEnv, CallStateEvent> = async (context, event, callback) => {
  const documents = context.getTwilioClient().sync.v1.services(context.SYNC_SERVICE_SID).documents;
  const data = { status: event.CallStatus, from: event.From, agent: event.agent ?? null, updatedAt: new Date().toISOString() };
  // The supervisor view opens one document per live call, by the call's SID.
  try {
    await documents(event.CallSid).update({ data });
  } catch {
    await documents.create({ uniqueName: event.CallSid, data, ttl: 7200 });
  }
  callback(null, {});
};
