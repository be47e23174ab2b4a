import { Router, type Request, type Response } from "express";
import type { DialActionBody } from "../../../../shared/webhooks";
import { twilioClient } from "../../lib/twilio";
import { hangup, say } from "../../lib/twiml";
import { callLogs } from "../../repositories/call-log-repository";

export const dialAction = Router();

dialAction.post("/dial-action", async (req: Request<{}, string, DialActionBody>, res: Response) => {
  const { CallSid, DialCallSid, DialCallStatus } = req.body;
  if (DialCallStatus === "completed" || DialCallStatus === "answered") {
    res.type("text/xml").send(hangup());
    return;
  }
  if (DialCallSid) {
    // The child leg may still be ringing on a slow carrier; make sure it is gone.
    const child = await twilioClient.calls(DialCallSid).fetch();
    if (child.status === "ringing") await twilioClient.calls(DialCallSid).update({ status: "canceled" });
  }
  await callLogs.markMissed(CallSid, DialCallStatus);
  res.type("text/xml").send(say("Nobody is available right now. We'll call you back."));
});
