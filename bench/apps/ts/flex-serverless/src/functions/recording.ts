import { functionValidator as TokenValidator } from "twilio-flex-token-validator";
import type { FlexEnv } from "./common/env.private";
import { fail, ok } from "./common/cors.private";

type RecordingEvent = { callSid: string; taskSid: string; action: "pause" | "resume" };

export const handler = TokenValidator<FlexEnv, RecordingEvent>(async (context, event, callback) => {
  const client = context.getTwilioClient();
  try {
    const status = event.action === "pause" ? "paused" : "in-progress";
    // The recording of the customer's leg is whichever one is current on the call.
    const recording = await client.calls(event.callSid).recordings("Twilio.CURRENT").update({ status, pauseBehavior: "skip" });
    const task = client.taskrouter.v1.workspaces(context.TWILIO_WORKSPACE_SID).tasks(event.taskSid);
    const { attributes } = await task.fetch();
    const parsed = JSON.parse(attributes);
    parsed.recording_paused = event.action === "pause";
    parsed.recording_sid = recording.sid;
    await task.update({ attributes: JSON.stringify(parsed) });
    callback(null, ok({ recordingSid: recording.sid, status: recording.status }));
  } catch (error) {
    callback(null, fail(error));
  }
});
