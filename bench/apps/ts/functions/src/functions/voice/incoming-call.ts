import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type IncomingCall = { CallSid: string; From: string; To: string; CallerName?: string };

export const handler: ServerlessFunctionSignature<HarborEnv, IncomingCall> = async (context, event, callback) => {
  const twiml = new Twilio.twiml.VoiceResponse();
  const client = context.getTwilioClient();

  // Known patients go straight to their care team's queue.
  const previous = await client.calls.list({ from: event.From, limit: 1 });
  const returning = previous.length > 0;

  const enqueue = twiml.enqueue({ workflowSid: context.WORKFLOW_SID, waitUrl: `https://${context.DOMAIN_NAME}/hold-music.xml` });
  enqueue.task(JSON.stringify({ type: "inbound_call", from: event.From, call_sid: event.CallSid, returning, caller_name: event.CallerName }));
  callback(null, twiml);
};
