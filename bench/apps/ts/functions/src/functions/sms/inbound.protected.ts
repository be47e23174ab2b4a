import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type InboundSms = { MessageSid: string; From: string; To: string; Body: string; NumMedia: string };

// Every text becomes (or joins) a Conversation so agents see the thread in Flex.
export const handler: ServerlessFunctionSignature<HarborEnv, InboundSms> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const conversations = client.conversations.v1.services(context.CONVERSATIONS_SERVICE_SID).conversations;
  const uniqueName = `sms-${event.From}`;
  let conversationSid: string;
  try {
    conversationSid = (await conversations(uniqueName).fetch()).sid;
  } catch {
    const conversation = await conversations.create({ uniqueName, friendlyName: event.From });
    conversationSid = conversation.sid;
    await conversations(conversationSid).participants.create({
      "messagingBinding.address": event.From,
      "messagingBinding.proxyAddress": event.To,
    });
  }
  await conversations(conversationSid).messages.create({ author: event.From, body: event.Body, xTwilioWebhookEnabled: "true" });
  callback(null, new Twilio.twiml.MessagingResponse());
};
