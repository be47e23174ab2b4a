import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import { env } from "../../config/env";
import { voiceToken } from "../../lib/access-token";
import { services } from "../../services";

const { VoiceResponse } = twilio.twiml;

export const outbound = Router();

// The TwiML App's Voice URL: the softphone calls out through it.
outbound.post("/outbound", (req: Request, res: Response) => {
  const response = new VoiceResponse();
  const to: string | undefined = req.body.To;
  if (!to) {
    response.say("No number to dial.");
  } else {
    const dial = response.dial({ callerId: env.callerId, record: "record-from-answer-dual" });
    if (to.startsWith("client:")) dial.client(to.slice(7));
    else dial.number(to);
  }
  res.type("text/xml").send(response.toString());
});

outbound.get("/token", (req: Request, res: Response) => {
  const identity = String(req.query.identity ?? "agent");
  res.json({ token: voiceToken({ identity }), identity });
});

outbound.post("/click-to-call", async (req: Request, res: Response) => {
  const call = await services.calls.place({ to: req.body.to, machineDetection: true });
  res.status(201).json({ callSid: call.sid });
});

outbound.post("/calls/:callSid/hangup", async (req: Request<{ callSid: string }>, res: Response) => {
  await services.calls.hangUp(req.params.callSid);
  res.sendStatus(204);
});
