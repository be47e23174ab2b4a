import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { jsonResponse } from "../utils/response.private";
import { withClient } from "../utils/twilio-execute.private";

type AddEvent = { conversationSid: string; identity?: string; whatsapp?: string };

export const handler: ServerlessFunctionSignature<HarborEnv, AddEvent> = async (context, event, callback) => {
  const run = withClient(context);
  const participant = await run((client) =>
    client.conversations.v1
      .conversations(event.conversationSid)
      .participants.create(
        event.whatsapp
          ? { "messagingBinding.address": `whatsapp:${event.whatsapp}`, "messagingBinding.proxyAddress": `whatsapp:${context.NURSE_LINE_NUMBER}` }
          : { identity: event.identity },
      ),
  );
  const participants = await run((client) => client.conversations.v1.conversations(event.conversationSid).participants.list());
  await run((client) =>
    client.conversations.v1.conversations(event.conversationSid).messages.create({
      author: "system",
      body: `${participant.identity ?? "A WhatsApp user"} joined (${participants.length} in the conversation).`,
    }),
  );
  callback(null, jsonResponse({ participantSid: participant.sid }));
};
