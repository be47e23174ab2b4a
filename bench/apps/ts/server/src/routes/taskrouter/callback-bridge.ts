import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import { env } from "../../config/env";
import { twilioClient } from "../../lib/twilio";
import { routing } from "../../config/taskrouter";

const { VoiceResponse } = twilio.twiml;

export const callbackBridge = Router();

// The agent answered a callback task: dial the patient into the agent's call.
callbackBridge.post("/callback-bridge", (req: Request, res: Response) => {
  const to = String(req.query.to ?? "");
  const response = new VoiceResponse();
  response.say("Connecting your callback.");
  response.dial({ callerId: env.callerId }).number(to);
  res.type("text/xml").send(response.toString());
});

callbackBridge.post("/callback-status", async (req: Request, res: Response) => {
  const taskSid = String(req.query.taskSid ?? "");
  if (req.body.CallStatus === "completed" && taskSid) {
    await twilioClient.taskrouter.v1.workspaces(routing.workspaceSid).tasks(taskSid).update({ assignmentStatus: "wrapping" });
  }
  res.sendStatus(204);
});
