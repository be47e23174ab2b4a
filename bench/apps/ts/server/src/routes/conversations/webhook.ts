import { Router, type Request, type Response } from "express";
import type { ConversationsWebhookBody } from "../../../../shared/webhooks";
import { twilioClient } from "../../lib/twilio";
import { messages } from "../../repositories/message-repository";
import { services } from "../../services";

export const conversationsWebhook = Router();

conversationsWebhook.post("/webhook", async (req: Request<{}, unknown, ConversationsWebhookBody>, res: Response) => {
  const { EventType, ConversationSid: conversationSid, MessageSid: messageSid, Author, Body, Source } = req.body;
  if (EventType === "onMessageAdded" && messageSid) {
    await messages.save({
      messageSid,
      conversationSid,
      direction: Source === "SDK" ? "outbound" : "inbound",
      from: Author ?? "unknown",
      to: conversationSid,
      body: Body ?? "",
      status: "received",
    });
    // Conversations webhooks carry the conversation message (IM) SID.
    const message = await twilioClient.conversations.v1.conversations(conversationSid).messages(messageSid).fetch();
    if (message.media && Source !== "SDK") {
      await services.conversations.post(conversationSid as `CH${string}`, "system", "We received your attachment.");
    }
  }
  if (EventType === "onConversationAdded") {
    await services.conversations.attachWebhook(conversationSid as `CH${string}`, "https://contact.harborhealth.example/conversations/webhook");
  }
  res.sendStatus(200);
});
