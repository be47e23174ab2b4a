import { Router, type Request, type Response } from "express";
import type { MessageStatusBody } from "../../../../shared/webhooks";
import { messages } from "../../repositories/message-repository";
import { logger } from "../../../../shared/logger";

export const smsStatus = Router();

smsStatus.post("/status", async (req: Request<{}, unknown, MessageStatusBody>, res: Response) => {
  const { MessageSid, MessageStatus, ErrorCode } = req.body;
  await messages.setStatus(MessageSid, MessageStatus, ErrorCode ? Number(ErrorCode) : undefined);
  if (MessageStatus === "undelivered" || MessageStatus === "failed") {
    logger.warn("message not delivered", { messageSid: MessageSid, errorCode: ErrorCode, to: req.body.To });
  }
  res.sendStatus(204);
});
