import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type CallbackEvent = { numberToCall: string; name?: string; reason?: string; CallSid?: string };

// Public: the portal's "call me back" form and the IVR both create callback tasks here.
export const handler: ServerlessFunctionSignature<FlexEnv, CallbackEvent> = async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const task = await client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks.create({
      workflowSid: context.TWILIO_CALLBACK_WORKFLOW_SID,
      taskChannel: "voice",
      attributes: JSON.stringify({
        type: "callback",
        from: event.numberToCall,
        name: event.name ?? "Callback",
        reason: event.reason,
        original_call_sid: event.CallSid,
        callback_requested_at: new Date().toISOString(),
      }),
      timeout: 86_400,
    });
    callback(null, ok({ taskSid: task.sid }));
  } catch (error) {
    callback(null, fail(error));
  }
};
