import { Router, type Request, type Response } from "express";
import { twilioClient } from "../../lib/twilio";

export const conversationsPreEvent = Router();

const BLOCKED = [/\b\d{3}-\d{2}-\d{4}\b/]; // social security numbers never go over SMS

// Pre-event hook: answering 403 makes Conversations drop the message.
conversationsPreEvent.post("/pre-event", async (req: Request, res: Response) => {
  if (req.body.EventType === "onMessageAdd" && BLOCKED.some((pattern) => pattern.test(req.body.Body ?? ""))) {
    const participantSid: string = req.body.ParticipantSid;
    const conversationSid: string = req.body.ConversationSid;
    await twilioClient.conversations.v1.conversations(conversationSid).messages.create({
      author: "system",
      body: "For your privacy, please do not send social security numbers by text.",
      attributes: JSON.stringify({ inReplyToParticipant: participantSid }),
    });
    res.sendStatus(403);
    return;
  }
  res.sendStatus(200);
});
