import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";

type AssignmentEvent = { TaskSid: string; ReservationSid: string; WorkerSid: string; TaskAttributes: string; WorkerAttributes: string };

export const handler: ServerlessFunctionSignature<HarborEnv, AssignmentEvent> = (context, event, callback) => {
  const task = JSON.parse(event.TaskAttributes) as { type: string };
  const worker = JSON.parse(event.WorkerAttributes) as { contact_uri: string };
  if (task.type === "voicemail") {
    return callback(null, { instruction: "accept" });
  }
  return callback(null, {
    instruction: "dequeue",
    from: context.NURSE_LINE_NUMBER,
    to: worker.contact_uri,
    post_work_activity_sid: context.WRAP_UP_ACTIVITY_SID,
    status_callback_url: `https://${context.DOMAIN_NAME}/taskrouter/event-callback`,
  });
};
