import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type StopCallEvent = { MessageSid: string; From: string; Body: string };

// Patients reply "STOP CALL" to a reminder text to end the reminder call that is ringing them.
export const handler: ServerlessFunctionSignature<HarborEnv, StopCallEvent> = async (context, event, callback) => {
  const { calls, messages } = context.getTwilioClient();
  const twiml = new Twilio.twiml.MessagingResponse();
  if (/^stop call$/i.test(event.Body.trim())) {
    const [ringing] = await calls.list({ to: event.From, status: "ringing", limit: 1 });
    if (ringing) {
      await calls(ringing.sid).update({ status: "canceled" });
    } else {
      await calls(event.MessageSid).update({ status: "completed" }); // expect-sid: sid-matches-resource
    }
    await messages(event.MessageSid).update({ body: "" });
    twiml.message("OK, we stopped the call.");
  }
  callback(null, twiml);
};
