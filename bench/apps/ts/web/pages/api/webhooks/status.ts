import type { NextApiRequest, NextApiResponse } from "next";

interface StatusPayload {
  CallSid?: string;
  CallStatus?: string;
  MessageSid?: string;
  MessageStatus?: string;
  ErrorCode?: string;
}

// One status callback for calls and messages; Twilio tells them apart by which SID it sends.
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const payload = req.body as StatusPayload;
  const sid = payload.MessageSid ?? payload.CallSid;
  const status = payload.MessageStatus ?? payload.CallStatus;
  console.log(JSON.stringify({ event: "status", sid, status, errorCode: payload.ErrorCode }));
  res.status(204).end();
}
