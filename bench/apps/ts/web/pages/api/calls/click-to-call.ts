import type { NextApiRequest, NextApiResponse } from "next";
import { serverEnv } from "../../../lib/env";
import { twilioClient } from "../../../lib/twilio";
import { verify } from "../../../lib/session";

// "Call me now": rings the patient, then connects them to the nurse line.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = verify(req.cookies.harbor_session);
  if (!session) return res.status(401).end();
  const call = await twilioClient.calls.create({
    to: session.phone,
    from: serverEnv.callerId,
    url: `${serverEnv.baseUrl}/api/webhooks/voice?patientId=${session.patientId}`,
    statusCallback: `${serverEnv.baseUrl}/api/webhooks/status`,
    statusCallbackEvent: ["answered", "completed"],
  });
  return res.status(201).json({ callSid: call.sid });
}
