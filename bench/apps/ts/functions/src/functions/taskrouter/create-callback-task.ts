import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type CallbackEvent = { CallSid: string; From: string; Digits?: string; QueueSid?: string };

export const handler: ServerlessFunctionSignature<HarborEnv, CallbackEvent> = async (context, event, callback) => {
  const twiml = new Twilio.twiml.VoiceResponse();
  if (event.Digits !== "1") {
    twiml.redirect(`https://${context.DOMAIN_NAME}/voice/queue-wait`);
    return callback(null, twiml);
  }
  const client = context.getTwilioClient();
  const workspace = client.taskrouter.v1.workspaces(context.WORKSPACE_SID);
  await workspace.tasks.create({
    workflowSid: context.CALLBACK_WORKFLOW_SID,
    taskChannel: "voice",
    attributes: JSON.stringify({ type: "callback", from: event.From, original_call_sid: event.CallSid }),
  });
  // The caller's original task is still waiting in the queue; cancel it.
  const [waiting] = await workspace.tasks.list({ evaluateTaskAttributes: `call_sid == '${event.CallSid}'`, limit: 1 });
  if (waiting) await workspace.tasks(waiting.sid).update({ assignmentStatus: "canceled", reason: "callback requested" });
  twiml.say("Thanks. We'll call you back at this number.");
  twiml.hangup();
  return callback(null, twiml);
};
