import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type MessageAdded = { ConversationSid: string; MessageSid: string; ParticipantSid?: string; Author: string; Body?: string; Source: string };

// Conversations webhook: Twilio sends the conversation message SID (IM) as MessageSid here.
export const handler: ServerlessFunctionSignature<HarborEnv, MessageAdded> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  const conversation = client.conversations.v1.services(context.CONVERSATIONS_SERVICE_SID).conversations(event.ConversationSid);
  const message = await conversation.messages(event.MessageSid).fetch();
  if (message.media?.length) {
    await conversation.messages.create({ author: "harbor-bot", body: "Thanks, we got your photo." });
  }
  if (event.ParticipantSid && /^(stop|unsubscribe)$/i.test(event.Body ?? "")) {
    await conversation.participants(event.ParticipantSid).remove();
  }
  callback(null, {});
};
