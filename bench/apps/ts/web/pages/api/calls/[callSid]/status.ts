import type { NextApiRequest, NextApiResponse } from "next";
import { twilioClient } from "../../../../lib/twilio";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const callSid = String(req.query.callSid);
  const call = await twilioClient.calls(callSid).fetch();
  if (req.method === "DELETE" && (call.status === "ringing" || call.status === "queued")) {
    await twilioClient.calls(callSid).update({ status: "canceled" });
  }
  return res.status(200).json({ status: call.status, duration: call.duration });
}
