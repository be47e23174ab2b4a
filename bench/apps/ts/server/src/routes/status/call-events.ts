import { Router, type Request, type Response } from "express";
import { twilioClient } from "../../lib/twilio";
import { logger } from "../../../../shared/logger";

export const callEvents = Router();

// Voice Insights Advanced Features posts call summaries here once a call is processed.
callEvents.post("/call-summary", async (req: Request, res: Response) => {
  const callSid: string = req.body.CallSid ?? req.body.call_sid;
  const summary = await twilioClient.insights.v1.calls(callSid).summary().fetch();
  logger.info("call summary", { callSid, state: summary.callState, duration: summary.duration });
  res.sendStatus(204);
});

callEvents.post("/amd", async (req: Request, res: Response) => {
  const { CallSid: callSid, AnsweredBy: answeredBy } = req.body as { CallSid: string; AnsweredBy: string };
  if (answeredBy === "machine_end_beep" || answeredBy === "machine_end_silence") {
    await twilioClient.calls(callSid).update({
      twiml: "<Response><Say>This is Harbor Health with a reminder about your appointment tomorrow.</Say></Response>",
    });
  }
  res.sendStatus(204);
});
