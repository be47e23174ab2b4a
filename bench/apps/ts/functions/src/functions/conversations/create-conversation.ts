import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";

type CreateEvent = { patientPhone: string; agentIdentity: string };

export const handler: ServerlessFunctionSignature<HarborEnv, CreateEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const service = client.conversations.v1.services(context.CONVERSATIONS_SERVICE_SID);
  const conversation = await service.conversations.create({ friendlyName: `Patient ${event.patientPhone.slice(-4)}` });
  await service.conversations(conversation.sid).participants.create({ identity: event.agentIdentity });
  await service.conversations(conversation.sid).participants.create({
    "messagingBinding.address": event.patientPhone,
    "messagingBinding.proxyAddress": context.NURSE_LINE_NUMBER,
  });
  const user = await service.users(event.agentIdentity).fetch().catch(() => service.users.create({ identity: event.agentIdentity }));
  callback(null, jsonResponse({ conversationSid: conversation.sid, userSid: user.sid }));
};
