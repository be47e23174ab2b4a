import { Router } from "express";
import { client, VoiceResponse } from "../lib/client.js";
import { settings } from "../lib/settings.js";
import { sendResultsLink } from "../services/lab-results.js";

export const lab = Router();

lab.post("/start", async (req, res) => {
  const twiml = new VoiceResponse();
  twiml.say("We will text you a secure link to your lab results. Goodbye.");
  twiml.hangup();
  res.type("text/xml").send(twiml.toString());
  await sendResultsLink(req.body.From, req.body.CallSid);
});

lab.post("/studio", async (req, res) => {
  const execution = await client.studio.v2.flows(settings.labFlowSid).executions.create({
    to: req.body.phone,
    from: settings.frontDeskNumber,
    parameters: { patientId: req.body.patientId },
  });
  res.status(201).json({ executionSid: execution.sid });
});
