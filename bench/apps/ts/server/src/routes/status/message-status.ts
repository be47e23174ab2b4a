import { Router, type Request, type Response } from "express";
import type { MessageStatusBody } from "../../../../shared/webhooks";
import { twilioClient } from "../../lib/twilio";
import { messages } from "../../repositories/message-repository";
import { tasks } from "../../repositories/task-repository";

export const messageStatus = Router();

// Status of the "a nurse is about to call you" texts. When the text could not be delivered we stop the call
// that was about to ring, since the patient will not expect it.
messageStatus.post("/message-status", async (req: Request<{}, unknown, MessageStatusBody>, res: Response) => {
  const { MessageSid: failedSid, MessageStatus, ErrorCode } = req.body;
  await messages.setStatus(failedSid, MessageStatus, ErrorCode ? Number(ErrorCode) : undefined);
  if (MessageStatus === "failed" || MessageStatus === "undelivered") {
    const task = await tasks.byCall(failedSid);
    if (task) {
      await twilioClient.calls(failedSid).update({ status: "canceled" }); // expect-sid: typed sid-matches-resource
    }
  }
  res.sendStatus(204);
});
