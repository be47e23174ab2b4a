import "@twilio-labs/serverless-runtime-types";
import type { ServerlessFunctionSignature } from "@twilio-labs/serverless-runtime-types/types";
import type { HarborEnv } from "../utils/env.private";
import { twilioExecute } from "../utils/twilio-execute.private";

type EventCallback = {
  EventType: string;
  TaskSid?: string;
  WorkerSid?: string;
  ReservationSid?: string;
  TaskAttributes?: string;
  WorkerActivitySid?: string;
};

export const handler: ServerlessFunctionSignature<HarborEnv, EventCallback> = async (context, event, callback) => {
  const { EventType, TaskSid, WorkerSid, ReservationSid } = event;
  if (EventType === "reservation.rejected" && WorkerSid && ReservationSid && TaskSid) {
    // Two rejections in a row put the worker on break.
    const rejected = await twilioExecute(context, (client) =>
      client.taskrouter.v1.workspaces(context.WORKSPACE_SID).workers(WorkerSid).reservations.list({ reservationStatus: "rejected", limit: 2 }),
    );
    if (rejected.length >= 2) {
      await twilioExecute(context, (client) =>
        client.taskrouter.v1.workspaces(context.WORKSPACE_SID).workers(WorkerSid).update({ activitySid: context.BREAK_ACTIVITY_SID }),
      );
    }
  }
  if (EventType === "task.canceled" && event.TaskAttributes) {
    const { call_sid: callSid } = JSON.parse(event.TaskAttributes) as { call_sid?: string };
    if (callSid) await twilioExecute(context, (client) => client.calls(callSid).update({ status: "completed" }));
  }
  callback(null, {});
};
