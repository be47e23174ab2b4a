import { Router } from "express";
import { client, VoiceResponse } from "../lib/client.js";
import { settings } from "../lib/settings.js";

export const voice = Router();

voice.post("/incoming", (req, res) => {
  const clinic = settings.clinics[req.body.To]?.name ?? "Harbor Health";
  const twiml = new VoiceResponse();
  const gather = twiml.gather({ numDigits: 1, action: "/voice/menu", timeout: 6 });
  gather.say(`Welcome to ${clinic}. For appointments press 1. For lab results press 2. For an interpreter press 3.`);
  twiml.redirect("/voice/incoming");
  res.type("text/xml").send(twiml.toString());
});

voice.post("/menu", async (req, res) => {
  const twiml = new VoiceResponse();
  switch (req.body.Digits) {
    case "1":
      twiml.dial(settings.frontDeskNumber);
      break;
    case "2":
      twiml.redirect("/lab/start");
      break;
    case "3":
      // Park the caller in a conference named after their call; the interpreter is dialled into it.
      twiml.dial().conference({ startConferenceOnEnter: true, endConferenceOnExit: true, statusCallback: "/conference/status", statusCallbackEvent: "start end join leave" }, `interp-${req.body.CallSid}`);
      await client.conferences(`interp-${req.body.CallSid}`).participants.create({
        from: req.body.To,
        to: process.env.INTERPRETER_LINE,
        earlyMedia: true,
      }).catch((error) => console.error("interpreter dial failed", error.code));
      break;
    default:
      twiml.redirect("/voice/incoming");
  }
  res.type("text/xml").send(twiml.toString());
});

voice.post("/outbound", (req, res) => {
  const twiml = new VoiceResponse();
  twiml.dial({ callerId: settings.frontDeskNumber, record: "record-from-answer", recordingStatusCallback: "/recordings/status" }).number(req.body.To);
  res.type("text/xml").send(twiml.toString());
});

voice.post("/queue/:queueSid/next", async (req, res) => {
  const member = await client.queues(req.params.queueSid).members("Front").update({ url: `${settings.baseUrl}/voice/connect` });
  res.json({ callSid: member.callSid, waited: member.waitTime });
});
