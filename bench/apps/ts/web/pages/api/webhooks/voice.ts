import type { NextApiRequest, NextApiResponse } from "next";
import twilio from "twilio";
import { serverEnv } from "../../../lib/env";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.say("Connecting you to a nurse.");
  const enqueue = twiml.enqueue({ workflowSid: serverEnv.callbackWorkflowSid });
  enqueue.task(JSON.stringify({ type: "portal_call", patient_id: req.query.patientId, call_sid: req.body.CallSid }));
  res.setHeader("Content-Type", "text/xml");
  res.status(200).send(twiml.toString());
}
