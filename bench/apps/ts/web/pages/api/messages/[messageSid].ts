import type { NextApiRequest, NextApiResponse } from "next";
import { twilioClient } from "../../../lib/twilio";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const messageSid = String(req.query.messageSid);
  if (!/^(SM|MM)[0-9a-f]{32}$/.test(messageSid)) return res.status(400).json({ error: "not a message SID" });
  const message = await twilioClient.messages(messageSid).fetch();
  return res.status(200).json({ status: message.status, errorCode: message.errorCode, dateSent: message.dateSent });
}
