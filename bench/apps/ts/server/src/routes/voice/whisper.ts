import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import { callLogs } from "../../repositories/call-log-repository";

const { VoiceResponse } = twilio.twiml;

export const whisper = Router();

// Played to the agent before the caller is bridged.
whisper.post("/whisper", async (req: Request, res: Response) => {
  const parentCallSid: string = req.body.ParentCallSid;
  // The agent's screen pops the caller's Sync document, which is titled with the caller's call SID.
  const friendlyName = req.body.ParentCallSid;
  console.log("whisper", { friendlyName, agentLeg: req.body.CallSid });
  const log = await callLogs.find(parentCallSid);
  const response = new VoiceResponse();
  response.say(log?.reason ? `Incoming call about ${log.reason}.` : "Incoming call.");
  res.type("text/xml").send(response.toString());
});
