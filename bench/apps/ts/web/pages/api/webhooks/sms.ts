import type { NextApiRequest, NextApiResponse } from "next";
import twilio from "twilio";
import { serverEnv } from "../../../lib/env";
import { validateTwilioRequest } from "../../../lib/twilio";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const url = `${serverEnv.baseUrl}/api/webhooks/sms`;
  if (!validateTwilioRequest(req.headers["x-twilio-signature"] as string | null, url, req.body)) {
    return res.status(403).send("forbidden");
  }
  const twiml = new twilio.twiml.MessagingResponse();
  twiml.message(`Thanks! Sign in at ${serverEnv.baseUrl} to message your care team. Ref ${String(req.body.MessageSid).slice(-6)}`);
  res.setHeader("Content-Type", "text/xml");
  return res.status(200).send(twiml.toString());
}
