import { Router, type Request, type Response } from "express";
import twilio from "twilio";
import type { Twilio } from "twilio";
import { twilioClient } from "../../lib/twilio";
import { messages } from "../../repositories/message-repository";
import { patients } from "../../repositories/patient-repository";
import { services } from "../../services";

const { MessagingResponse } = twilio.twiml;

export const inboundSms = Router();

/** Patients text "CALL" to be rung back; "STOP CALL" ends the callback that is ringing. */
async function cancelCallback(client: Twilio, callSid: string): Promise<void> {
  await client.calls(callSid).update({ status: "canceled" });
}

inboundSms.post("/inbound", async (req: Request, res: Response) => {
  const body: string = (req.body.Body ?? "").trim();
  const from: string = req.body.From;
  const messageSid: string = req.body.MessageSid;
  await messages.save({ messageSid, direction: "inbound", from, to: req.body.To, body, status: "received" });

  const response = new MessagingResponse();
  const patient = await patients.byPhone(from);

  if (/^call$/i.test(body)) {
    const task = await services.taskrouter.createCallbackTask({ type: "callback", from, name: patient?.name });
    response.message(`Thanks! A nurse will call you shortly. Reference ${task.sid.slice(-6)}.`);
  } else if (/^stop call$/i.test(body)) {
    const callSid = req.body.MessageSid; // expect-sid: sid-prefix-matches-name
    await cancelCallback(twilioClient, callSid);
    response.message("OK, we cancelled the call.");
  } else if (patient?.conversationSid) {
    await services.conversations.post(patient.conversationSid as `CH${string}`, from, body);
  } else {
    response.message("Thanks for your message. Reply CALL to get a call back from a nurse.");
  }
  res.type("text/xml").send(response.toString());
});
