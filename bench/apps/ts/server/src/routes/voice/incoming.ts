import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import { env } from "../../config/env";
import { services } from "../../services";
import type { VoiceWebhookBody } from "../../../../shared/webhooks";

const { VoiceResponse } = twilio.twiml;

export const incomingVoice = Router();

incomingVoice.post("/incoming", async (req: Request<{}, string, VoiceWebhookBody>, res: Response) => {
  const { CallSid, From, To } = req.body;
  await services.sync.putCallState(CallSid, { callSid: CallSid, status: "ivr", startedAt: new Date().toISOString() });

  const response = new VoiceResponse();
  const gather = response.gather({
    numDigits: 1,
    action: `${env.publicBaseUrl}/voice/menu`,
    input: ["dtmf", "speech"],
    hints: "appointments, billing, nurse",
    timeout: 5,
  });
  gather.say({ voice: "Polly.Joanna" }, "Thanks for calling Harbor Health. For appointments press 1, billing press 2, or to speak to a nurse press 3.");
  response.redirect(`${env.publicBaseUrl}/voice/incoming`);

  res.type("text/xml").send(response.toString());
  console.log(`incoming call ${CallSid} from ${From} to ${To}`);
});

incomingVoice.post("/fallback", (req: Request, res: Response) => {
  const response = new VoiceResponse();
  response.say("We're sorry, we are having trouble connecting your call. Please try again later.");
  console.error("voice fallback", { callSid: req.body.CallSid, errorCode: req.body.ErrorCode, errorUrl: req.body.ErrorUrl });
  res.type("text/xml").send(response.toString());
});
