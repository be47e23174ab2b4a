import type { NextApiRequest, NextApiResponse } from "next";
import { serverEnv } from "../../../lib/env";
import { twilioClient } from "../../../lib/twilio";
import { verify } from "../../../lib/session";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = verify(req.cookies.harbor_session);
  if (!session) return res.status(401).end();
  const message = await twilioClient.messages.create({
    to: session.phone,
    messagingServiceSid: serverEnv.messagingServiceSid,
    body: String(req.body.body).slice(0, 480),
    statusCallback: `${serverEnv.baseUrl}/api/webhooks/status`,
  });
  return res.status(201).json({ messageSid: message.sid, status: message.status });
}
